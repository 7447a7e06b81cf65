/**
 * The shared core: errors, security, persistence and API plumbing. It depends on no feature package
 * (guarded by {@code ArchitectureTest}).
 */
package com.resourcemarket.core;
