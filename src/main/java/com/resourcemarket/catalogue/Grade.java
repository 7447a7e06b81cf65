package com.resourcemarket.catalogue;

/** 资源分级: CORE 核心 > IMPORTANT 重要 > BASIC 基础. */
public enum Grade {
    CORE, IMPORTANT, BASIC
}
