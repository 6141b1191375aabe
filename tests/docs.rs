//! The documentation's examples are real.

use toets::check::{self, Options};
use toets::source::SourceFile;
use toets::verdict::Status;

/// The complete example of docs/model-language.md is a valid model for which every rule holds.
#[test]
fn the_complete_example_in_the_model_language_doc_holds() {
    let doc = std::fs::read_to_string("docs/model-language.md").unwrap();
    let after = doc
        .split("A minimal model:")
        .nth(1)
        .expect("the example's heading");
    let example = after
        .split("```toml\n")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .expect("a TOML block");
    let model = check::load_source(SourceFile::new("example.toml", example))
        .unwrap_or_else(|rejected| panic!("{}", rejected.render()));
    let report = check::check_model(&model, &Options::default());
    let rules: Vec<&str> = report.verdicts.iter().map(|v| v.rule).collect();
    assert_eq!(rules.len(), 7, "every rule gives a verdict: {rules:?}");
    for verdict in &report.verdicts {
        assert_eq!(verdict.status, Status::Holds, "{verdict:?}");
    }
}
