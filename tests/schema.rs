//! `toets schema` describes the model language: every model in the repository validates
//! against it, and a model with shape errors does not.

use toml_span::value::{Value, ValueInner};

fn to_json(value: &Value<'_>) -> serde_json::Value {
    match value.as_ref() {
        ValueInner::String(s) => serde_json::json!(s),
        ValueInner::Integer(i) => serde_json::json!(i),
        ValueInner::Float(f) => serde_json::json!(f),
        ValueInner::Boolean(b) => serde_json::json!(b),
        ValueInner::Array(items) => serde_json::Value::Array(items.iter().map(to_json).collect()),
        ValueInner::Table(table) => serde_json::Value::Object(
            table
                .iter()
                .map(|(k, v)| (k.name.to_string(), to_json(v)))
                .collect(),
        ),
    }
}

fn toml_files(dir: &str, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            toml_files(path.to_str().unwrap(), out);
        } else if path.extension().is_some_and(|e| e == "toml") {
            out.push(path);
        }
    }
}

fn schema_errors(path: &std::path::Path) -> Vec<String> {
    let schema = toets::language::schema::model_schema(toets::lang::Lang::En);
    let validator = jsonschema::validator_for(&schema).expect("the schema compiles");
    let text = std::fs::read_to_string(path).unwrap();
    let value = toml_span::parse(&text).unwrap();
    let instance = to_json(&value);
    validator
        .iter_errors(&instance)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect()
}

#[test]
fn every_model_in_the_repository_validates_against_the_schema() {
    let mut files = Vec::new();
    toml_files("models", &mut files);
    toml_files("tests/fixtures", &mut files);
    files.sort();
    assert!(files.len() >= 23);
    for file in files {
        let errors = schema_errors(&file);
        assert!(errors.is_empty(), "{}: {errors:#?}", file.display());
    }
}

#[test]
fn shape_errors_are_schema_errors() {
    let errors = schema_errors(std::path::Path::new("tests/invalid/many-problems.toml"));
    let text = errors.join("\n");
    // The misspelt kind, the votes given as text, the misspelt `source` field.
    assert!(text.contains("authorty"), "{text}");
    assert!(text.contains("\"two\""), "{text}");
    assert!(text.contains("sourse"), "{text}");
}

#[test]
fn a_misspelt_kind_of_step_and_a_date_in_another_form_are_schema_errors() {
    let errors = schema_errors(std::path::Path::new("tests/invalid/bad-process.toml"));
    let text = errors.join("\n");
    assert!(text.contains("put-to-member"), "{text}");
    assert!(text.contains("29-11-2024"), "{text}");
    assert!(text.contains("-3"), "{text}");
}

#[test]
fn the_printed_schema_is_the_schema() {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_toets"))
        .arg("schema")
        .output()
        .unwrap();
    assert!(output.status.success());
    let printed: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(
        printed,
        toets::language::schema::model_schema(toets::lang::Lang::En)
    );
}
