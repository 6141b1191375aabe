//! The JSON outputs' contract: `toets schema --report` and `--diff` print JSON Schemas derived
//! from the types that write the JSON, and every JSON report and diff the tests produce
//! validates against them.

mod common;

use toets::check::{self, Options};
use toets::lang::Lang;

fn models() -> Vec<String> {
    let mut paths = Vec::new();
    for dir in ["models", "tests/provenance"] {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "toml") {
                paths.push(path.to_string_lossy().into_owned());
            }
        }
    }
    for entry in std::fs::read_dir("tests/fixtures").unwrap() {
        for fixture in std::fs::read_dir(entry.unwrap().path()).unwrap() {
            paths.push(fixture.unwrap().path().to_string_lossy().into_owned());
        }
    }
    paths.sort();
    paths
}

fn errors(schema: &serde_json::Value, instance: &serde_json::Value) -> Vec<String> {
    let validator = jsonschema::validator_for(schema).expect("the schema compiles");
    validator
        .iter_errors(instance)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect()
}

#[test]
fn every_json_report_validates_against_the_report_schema() {
    let schema = toets::report::report_schema();
    let mut checked = 0;
    for path in models() {
        let Ok(model) = check::load_file(&path) else {
            continue;
        };
        for lang in Lang::ALL {
            let options = Options {
                lang,
                ..Options::default()
            };
            let report = check::check_model(&model, &options);
            let json: serde_json::Value =
                serde_json::from_str(&toets::report::json(std::slice::from_ref(&report))).unwrap();
            let errors = errors(&schema, &json);
            assert!(errors.is_empty(), "{path} ({lang:?}): {errors:#?}");
            checked += 1;
        }
    }
    assert!(checked > 60, "{checked}");
}

#[test]
fn a_report_that_breaks_the_contract_is_refused() {
    let schema = toets::report::report_schema();
    let (_, report) = common::check_file("models/iza-2022.toml");
    let mut json: serde_json::Value =
        serde_json::from_str(&toets::report::json(&[report])).unwrap();
    json[0]["verdicts"][0]["status"] = serde_json::json!("maybe");
    assert!(!errors(&schema, &json).is_empty());
    json[0]["verdicts"][0]["status"] = serde_json::json!("holds");
    json[0]["summary"] = serde_json::json!({ "holds": "many" });
    assert!(!errors(&schema, &json).is_empty());
}

#[test]
fn every_json_diff_validates_against_the_diff_schema() {
    let schema = toets::report::diff_schema();
    let models = [
        "models/iza-2022.toml",
        "models/iza2-draft-2024.toml",
        "models/vng-conditions-2024.toml",
        "models/compromise-2024-12.toml",
    ];
    for pair in models.windows(2) {
        for lang in Lang::ALL {
            let output = std::process::Command::new(env!("CARGO_BIN_EXE_toets"))
                .args([
                    "--lang",
                    lang.code(),
                    "diff",
                    "--format",
                    "json",
                    pair[0],
                    pair[1],
                ])
                .output()
                .unwrap();
            let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
            let errors = errors(&schema, &json);
            assert!(errors.is_empty(), "{pair:?}: {errors:#?}");
        }
    }
}

#[test]
fn the_printed_schemas_are_the_schemas() {
    for (flag, schema) in [
        ("--report", toets::report::report_schema()),
        ("--diff", toets::report::diff_schema()),
    ] {
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_toets"))
            .args(["schema", flag])
            .output()
            .unwrap();
        assert!(output.status.success(), "{flag}");
        let printed: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
        assert_eq!(printed, schema, "{flag}");
    }
}

/// A verdict that changes with the solver can be traced: `--version`, every JSON report and
/// every SARIF log name toets's version and the Z3 library it is linked with.
#[test]
fn every_report_names_toets_and_its_z3() {
    let z3 = toets::logic::solve::z3_version();
    let run = |args: &[&str]| {
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_toets"))
            .args(args)
            .output()
            .unwrap();
        String::from_utf8(output.stdout).unwrap()
    };
    let version = run(&["--version"]);
    assert_eq!(
        version,
        format!("toets {} (Z3 {z3})\n", env!("CARGO_PKG_VERSION"))
    );
    let json: serde_json::Value =
        serde_json::from_str(&run(&["check", "--format", "json", "models/iza-2022.toml"])).unwrap();
    assert_eq!(json[0]["tool"]["version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(json[0]["tool"]["z3"], z3.as_str());
    let sarif: serde_json::Value = serde_json::from_str(&run(&[
        "check",
        "--format",
        "sarif",
        "models/iza-2022.toml",
    ]))
    .unwrap();
    let driver = &sarif["runs"][0]["tool"]["driver"];
    assert_eq!(driver["version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(driver["properties"]["z3"], z3.as_str());
}
