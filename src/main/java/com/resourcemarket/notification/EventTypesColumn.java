package com.resourcemarket.notification;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A set of event types as a comma-separated text column (empty = every type). */
@Converter
public class EventTypesColumn implements AttributeConverter<Set<EventType>, String> {

    @Override
    public String convertToDatabaseColumn(Set<EventType> types) {
        return types == null ? "" : types.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<EventType> convertToEntityAttribute(String column) {
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(String::strip).filter(name -> !name.isEmpty())
                    .map(EventType::valueOf).forEach(types::add);
        }
        return types;
    }
}
