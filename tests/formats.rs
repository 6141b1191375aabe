//! Every output format: snapshotted, byte-identical across separate processes, and SARIF valid
//! against the SARIF 2.1.0 schema.

mod common;

use std::process::Command;

const MODELS: [&str; 4] = [
    "models/iza-2022.toml",
    "models/iza2-draft-2024.toml",
    "models/vng-conditions-2024.toml",
    "models/compromise-2024-12.toml",
];

const FORMATS: [&str; 4] = ["text", "json", "markdown", "sarif"];

fn run(format: &str, files: &[&str]) -> Vec<u8> {
    let output = Command::new(env!("CARGO_BIN_EXE_toets"))
        .args(["check", "--format", format])
        .args(files)
        .output()
        .expect("toets runs");
    assert!(output.status.code().is_some_and(|c| c <= 1), "{output:?}");
    output.stdout
}

/// Two runs in separate processes give the same bytes, in every format.
#[test]
fn separate_processes_give_identical_bytes() {
    for format in FORMATS {
        let first = run(format, &MODELS);
        let second = run(format, &MODELS);
        assert!(!first.is_empty());
        assert_eq!(first, second, "--format {format} differs between two runs");
    }
}

#[test]
fn every_format_is_snapshotted() {
    for format in FORMATS {
        let output = String::from_utf8(run(format, &["models/iza2-draft-2024.toml"])).unwrap();
        insta::assert_snapshot!(format!("iza2-draft-2024.{format}"), output);
    }
}

#[test]
fn sarif_is_valid_against_the_sarif_2_1_0_schema() {
    let validator = common::sarif_validator();
    let log: serde_json::Value = serde_json::from_slice(&run("sarif", &MODELS)).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&log)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    // The validator does reject what is not SARIF.
    let mut broken = log.clone();
    broken["runs"][0]["results"][0]["level"] = serde_json::json!("fatal");
    assert!(!validator.is_valid(&broken));
    // And it says something: one result per violation, on the line of the model that causes it.
    let results = log["runs"][0]["results"].as_array().unwrap();
    let joint = results
        .iter()
        .find(|r| r["ruleId"] == "joint-review")
        .expect("a joint-review result");
    let region = &joint["locations"][0]["physicalLocation"]["region"];
    let uri = joint["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        .as_str()
        .unwrap();
    let line = region["startLine"].as_u64().unwrap() as usize;
    let text = std::fs::read_to_string(uri).unwrap();
    assert_eq!(
        text.lines().nth(line - 1),
        Some("rule = { all_of = [\"region:market-leaders\"] }"),
        "{joint}"
    );
}
