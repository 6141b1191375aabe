//! The model language is described once (`toets::language::elements`), and the reader, the
//! JSON Schema and the field tables of docs/model-language.md all follow from the
//! descriptions. These tests hold them to it: a field added to a description is read and is
//! in the schema; for every field of every kind, a table with it reads without a complaint and
//! validates against the schema, the schema describes it (in both languages), and the docs list
//! it.

mod common;

use std::collections::BTreeMap;
use toets::lang::{Lang, Text};
use toets::language::elements::{self, ElementKind, Field, Need, Value};
use toets::language::load::read_element;
use toets::language::schema::{field_tables, model_schema};

/// A value of the right type for a field, as TOML.
fn sample(value: &Value) -> String {
    match value {
        Value::Id | Value::Text | Value::Reference(_) => "\"x\"".to_string(),
        Value::References(_) | Value::RuleIds | Value::Members | Value::Voters => {
            "[\"x\"]".to_string()
        }
        Value::Keyword(keywords) => format!("\"{}\"", keywords.words[0]),
        Value::KeywordList(keywords) => format!("[\"{}\"]", keywords.words[0]),
        Value::Boolean => "true".to_string(),
        Value::Count { least, .. } => least.to_string(),
        Value::Euros => "1000".to_string(),
        Value::Year => "2025".to_string(),
        Value::YearRange => "[2025, 2030]".to_string(),
        Value::Date => "\"2025-01-31\"".to_string(),
        Value::Days => "7".to_string(),
        Value::Rule => "{ all_of = [\"x\"] }".to_string(),
        Value::Rules => "[{ all_of = [\"x\"] }]".to_string(),
        Value::Tables(kind) => format!("[{}]", inline(&samples(kind)[0])),
        Value::PartialDate => "\"2024-11\"".to_string(),
        Value::Citations => format!("[\"x\", {}]", inline(&samples(&elements::CITATION)[0])),
        Value::Readings => "[\"x\", { says = \"x\", otherwise = \"y\" }]".to_string(),
        // Only a reading's `alternative` is any value; it is read as the field it stands in
        // for (tested below).
        Value::Any => "1".to_string(),
    }
}

/// Tables of `kind` that between them have every field: each has the required fields, the
/// first of each `OneOf` group (or another), and the fields that go with one keyword.
fn samples(kind: &ElementKind) -> Vec<BTreeMap<&'static str, String>> {
    let fields: Vec<&'static Field> = kind.all_fields().collect();
    // Each variant: the keyword its fields go with (field, word), and the field it takes of a
    // `OneOf` group.
    type Variant<'a> = (Option<(&'a str, &'a str)>, Option<&'a str>);
    let mut variants: Vec<Variant> = vec![(None, None)];
    for field in &fields {
        match field.need {
            Need::RequiredWhen(name, word) | Need::AllowedWhen(name, word)
                if !variants.contains(&(Some((name, word)), None)) =>
            {
                variants.push((Some((name, word)), None));
            }
            Need::OneOf(group) if variants.iter().all(|v| v.1.is_none()) => {
                variants = group.iter().map(|name| (None, Some(*name))).collect();
            }
            _ => {}
        }
    }
    let governing: Vec<&str> = fields
        .iter()
        .filter_map(|f| match f.need {
            Need::RequiredWhen(name, _) | Need::AllowedWhen(name, _) => Some(name),
            _ => None,
        })
        .collect();
    variants
        .into_iter()
        .map(|(word, chosen)| {
            let mut table = BTreeMap::new();
            for field in fields.iter().filter(|f| !matches!(f.value, Value::Any)) {
                let include = match field.need {
                    // An optional keyword that other fields go with is set by their variant.
                    Need::Optional if governing.contains(&field.name) => false,
                    Need::Required | Need::Optional => true,
                    Need::RequiredWhen(n, w) | Need::AllowedWhen(n, w) => word == Some((n, w)),
                    Need::OneOf(group) => {
                        chosen.map_or(field.name == group[0], |c| c == field.name)
                    }
                };
                if include {
                    table.insert(field.name, sample(&field.value));
                }
            }
            if let Some((name, word)) = word {
                table.insert(name, format!("\"{word}\""));
            }
            table
        })
        .collect()
}

fn inline(table: &BTreeMap<&str, String>) -> String {
    let pairs: Vec<String> = table.iter().map(|(k, v)| format!("{k} = {v}")).collect();
    format!("{{ {} }}", pairs.join(", "))
}

fn lines(table: &BTreeMap<&str, String>) -> String {
    table.iter().map(|(k, v)| format!("{k} = {v}\n")).collect()
}

/// The schema's errors for a model made of `tables` (key, table text).
fn schema_errors(schema: &serde_json::Value, text: &str) -> Vec<String> {
    let validator = jsonschema::validator_for(schema).expect("the schema compiles");
    let instance = common::toml_to_json(&toml_span::parse(text).expect("sample TOML"));
    validator
        .iter_errors(&instance)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect()
}

/// A whole file with one sample table of each variant of each top-level kind.
fn sample_model() -> String {
    let mut text = format!("[model]\n{}\n", lines(&samples(&elements::MODEL)[0]));
    for kind in elements::TOP_LEVEL.iter().filter(|k| k.key != "model") {
        for table in samples(kind) {
            text.push_str(&format!("[[{}]]\n{}\n", kind.key, lines(&table)));
        }
    }
    text
}

#[test]
fn every_field_of_every_kind_is_read_without_a_complaint_and_agrees_with_the_schema() {
    for kind in elements::ALL {
        for table in samples(kind) {
            let (read, diagnostics) = read_element(kind, &lines(&table));
            assert!(
                diagnostics.is_empty(),
                "{}: {diagnostics:?}\n{table:?}",
                kind.key
            );
            let mut expected: Vec<&str> = table.keys().copied().collect();
            let mut read = read;
            expected.sort_unstable();
            read.sort_unstable();
            assert_eq!(
                read, expected,
                "{}: every field of the sample is read",
                kind.key
            );
        }
    }
    let schema = model_schema(Lang::En);
    let errors = schema_errors(&schema, &sample_model());
    assert!(errors.is_empty(), "{errors:#?}\n{}", sample_model());
    // And the sample is a whole file the loader reads without a complaint.
    let file = toets::language::source::SourceFile::new("sample.toml", sample_model());
    let (_, diagnostics) = toets::language::load::parse(&file);
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
}

#[test]
fn a_field_that_belongs_to_another_kind_or_to_no_element_is_refused_by_reader_and_schema() {
    let schema = model_schema(Lang::En);
    let base = "[model]\ntitle = \"t\"\nsource = \"s\"\ncommissioners = [\"x\"]\n";
    let cases = [
        "[[relation]]\nkind = \"instructs\"\nfrom = \"a\"\nto = \"b\"\namount = 5\nsource = \"s\"\n",
        "[[relation]]\nkind = \"funds\"\nfrom = \"a\"\nto = \"b\"\namount = 5\nyear = 2025\nnature = \"structural\"\nstream = \"zvw\"\nlead = true\nsource = \"s\"\n",
        "[[party]]\nid = \"a\"\nkind = \"ministry\"\nsource = \"s\"\nreviewed = \"r\"\n",
        "[[decision]]\nid = \"d\"\nabout = \"agreement\"\nkind = \"amend\"\nrule = { all_of = [\"a\"] }\nsource = \"s\"\n[[decision.step]]\nname = \"n\"\nrule = { all_of = [\"a\"] }\nsource = \"s\"\n",
    ];
    for case in cases {
        let text = format!("{base}{case}");
        assert!(
            !schema_errors(&schema, &text).is_empty(),
            "the schema accepts:\n{text}"
        );
        let file = toets::language::source::SourceFile::new("case.toml", text.clone());
        let (_, diagnostics) = toets::language::load::parse(&file);
        assert!(!diagnostics.is_empty(), "the reader accepts:\n{text}");
    }
}

#[test]
fn a_field_added_to_a_description_is_read_and_is_in_the_schema() {
    // A scratch copy of `[[party]]` with one field more, as the provenance of an element
    // would add one.
    let mut fields: Vec<Field> = elements::PARTY.fields.to_vec();
    fields.push(Field {
        name: "reviewed_by",
        value: Value::Text,
        need: Need::Optional,
        doc: Text {
            en: "How the modeller reads the text where it is silent.",
            nl: "Hoe de modelleur de tekst leest waar die zwijgt.",
        },
        help: None,
    });
    let scratch: &'static ElementKind = Box::leak(Box::new(ElementKind {
        fields: Box::leak(fields.into_boxed_slice()),
        ..elements::PARTY.clone()
    }));
    let table = "id = \"vws\"\nkind = \"ministry\"\nreviewed_by = \"a lawyer\"\nsource = \"s\"\n";
    let (read, diagnostics) = read_element(scratch, table);
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    assert!(read.contains(&"reviewed_by"), "{read:?}");
    // The real description does not know the field: the reader names it unknown.
    let (_, diagnostics) = read_element(&elements::PARTY, table);
    assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
    assert_eq!(diagnostics[0].code, "unknown-field");
    let schema = toets::language::schema::element(scratch, Lang::Nl);
    assert_eq!(
        schema["properties"]["reviewed_by"]["description"],
        "Hoe de modelleur de tekst leest waar die zwijgt."
    );
    let validator = jsonschema::validator_for(&schema).unwrap();
    let instance = common::toml_to_json(&toml_span::parse(table).unwrap());
    assert!(validator.is_valid(&instance));
    let real = jsonschema::validator_for(&toets::language::schema::element(
        &elements::PARTY,
        Lang::En,
    ))
    .unwrap();
    assert!(!real.is_valid(&instance));
}

/// The closed object of a table: through `allOf` (conditions), `items` (arrays of tables)
/// and `$ref`s.
fn closed<'s>(
    schema: &'s serde_json::Value,
    mut at: &'s serde_json::Value,
) -> &'s serde_json::Value {
    loop {
        if let Some(reference) = at.get("$ref").and_then(|r| r.as_str()) {
            at = &schema["$defs"][reference.trim_start_matches("#/$defs/")];
        } else if let Some(all_of) = at.get("allOf") {
            at = &all_of[0];
        } else if at.get("properties").is_none() && at.get("items").is_some() {
            at = &at["items"];
        } else {
            return at;
        }
    }
}

#[test]
fn the_schema_describes_every_field_of_every_kind_in_both_languages() {
    let places: [(&ElementKind, &str); 18] = [
        (&elements::MODEL, "/properties/model"),
        (&elements::DOCUMENT, "/properties/document"),
        (
            &elements::CITATION,
            "/$defs/party/properties/source/anyOf/1",
        ),
        (
            &elements::READING,
            "/$defs/party/properties/reading/anyOf/1",
        ),
        (&elements::PARTY, "/properties/party"),
        (&elements::BODY, "/properties/body"),
        (
            &elements::MEMBER,
            "/$defs/body/properties/members/items/anyOf/1",
        ),
        (&elements::AGREEMENT, "/properties/agreement"),
        (
            &elements::COMMISSIONER,
            "/$defs/agreement/allOf/0/properties/commissioner",
        ),
        (&elements::RELATION, "/properties/relation"),
        (&elements::RIGHT, "/properties/right"),
        (&elements::REGION, "/properties/region"),
        (&elements::PLAN, "/properties/plan"),
        (&elements::DECISION, "/properties/decision"),
        (&elements::STEP, "/$defs/decision/allOf/0/properties/step"),
        (&elements::TASK, "/properties/task"),
        (&elements::CUT, "/properties/cut"),
        (&elements::PROCESS, "/properties/process"),
    ];
    assert_eq!(places.len(), elements::ALL.len());
    for lang in Lang::ALL {
        let schema = model_schema(lang);
        for (kind, pointer) in places {
            let at = schema
                .pointer(pointer)
                .unwrap_or_else(|| panic!("{pointer}"));
            let table = closed(&schema, at);
            let properties = table["properties"]
                .as_object()
                .unwrap_or_else(|| panic!("{pointer}"));
            let mut names: Vec<&str> = kind.all_fields().map(|f| f.name).collect();
            let listed: Vec<&str> = properties.keys().map(String::as_str).collect();
            names.sort_unstable();
            assert_eq!(listed, names, "{}: the schema's properties", kind.key);
            for field in kind.all_fields() {
                assert_eq!(
                    properties[field.name]["description"],
                    field.doc.get(lang),
                    "{}.{}",
                    kind.key,
                    field.name
                );
            }
            let required: Vec<&str> = kind
                .all_fields()
                .filter(|f| f.need == Need::Required)
                .map(|f| f.name)
                .collect();
            assert_eq!(
                table["required"],
                serde_json::json!(required),
                "{}",
                kind.key
            );
        }
    }
}

#[test]
fn every_property_anywhere_in_the_schema_has_a_description() {
    fn walk(value: &serde_json::Value, path: String, missing: &mut Vec<String>) {
        match value {
            serde_json::Value::Object(map) => {
                if let Some(serde_json::Value::Object(properties)) = map.get("properties") {
                    for (name, property) in properties {
                        let is_bool = property.is_boolean();
                        if !is_bool && property.get("description").is_none() {
                            missing.push(format!("{path}.{name}"));
                        }
                    }
                }
                // A condition's `if` names a property to test it, not to describe it.
                for (key, inner) in map.iter().filter(|(key, _)| *key != "if") {
                    walk(inner, format!("{path}/{key}"), missing);
                }
            }
            serde_json::Value::Array(items) => {
                for (i, inner) in items.iter().enumerate() {
                    walk(inner, format!("{path}[{i}]"), missing);
                }
            }
            _ => {}
        }
    }
    for lang in Lang::ALL {
        let mut missing = Vec::new();
        walk(&model_schema(lang), String::new(), &mut missing);
        assert!(missing.is_empty(), "{missing:#?}");
    }
}

#[test]
fn the_field_reference_in_the_docs_is_the_one_the_descriptions_give() {
    let doc = std::fs::read_to_string("docs/model-language.md").unwrap();
    let begin = "<!-- field reference: begin -->\n";
    let end = "<!-- field reference: end -->";
    let start = doc.find(begin).expect("the reference's begin marker") + begin.len();
    let stop = doc.find(end).expect("the reference's end marker");
    let written = &doc[start..stop];
    assert!(
        written.trim() == field_tables(Lang::En).trim(),
        "docs/model-language.md's field reference is out of date: run scripts/field-reference"
    );
    // Every field of every kind has its row, with its meaning.
    for kind in elements::ALL {
        for field in kind.all_fields() {
            assert!(
                written.contains(&format!("| `{}` |", field.name)),
                "{}",
                field.name
            );
            assert!(written.contains(field.doc.en), "{}", field.name);
        }
    }
}
