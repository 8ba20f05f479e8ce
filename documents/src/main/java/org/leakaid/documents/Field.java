package org.leakaid.documents;

import org.leakaid.knowledge.Text;

/**
 * A value a document may need from the user, defined in {@code fields.yaml}.
 *
 * @param name the name in the API ({@code {"fields": {"fullName": "张伟"}}}) and in templates
 * @param label what the form calls it
 * @param hint one line under the input: an example or where to find the value
 */
public record Field(String name, FieldType type, Text label, Text hint) {}
