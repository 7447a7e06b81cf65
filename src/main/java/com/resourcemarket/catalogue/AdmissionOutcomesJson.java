package com.resourcemarket.catalogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.resourcemarket.catalogue.ResourceDtos.AdmissionOutcomeView;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.List;

/**
 * Admission outcomes as a JSON array column. Bound as text rather than Hibernate's JSON type, whose
 * {@code cast(? as json)} MySQL accepts and MariaDB does not.
 */
@Converter
public class AdmissionOutcomesJson implements AttributeConverter<List<AdmissionOutcomeView>, String> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<AdmissionOutcomeView>> OUTCOMES = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(List<AdmissionOutcomeView> outcomes) {
        try {
            return JSON.writeValueAsString(outcomes == null ? List.of() : outcomes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write admission outcomes as JSON", e);
        }
    }

    @Override
    public List<AdmissionOutcomeView> convertToEntityAttribute(String column) {
        try {
            return column == null || column.isBlank() ? List.of() : JSON.readValue(column, OUTCOMES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Column holds no JSON array of admission outcomes", e);
        }
    }
}
