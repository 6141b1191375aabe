//! Every draft's verdicts as a snapshot: a changed verdict is a changed line in review.

use std::path::{Path, PathBuf};
use toets::lang::Lang;
use toets::report::{Invocation, markdown, sarif, without_positions};

/// The folder of the drafts: `drafts` in a drafts repository; here, toets's reference models.
const DRAFTS: &str = "../../models";

/// The model files of the drafts, by name.
fn drafts() -> Vec<PathBuf> {
    let mut drafts: Vec<PathBuf> = std::fs::read_dir(DRAFTS)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "toml"))
        .collect();
    drafts.sort();
    drafts
}

/// The report of a draft; a draft that is not a valid model fails with its problems, each
/// with its file, line and column.
fn check(path: &Path) -> toets::Report {
    toets::check_file(path.to_str().unwrap()).unwrap_or_else(|rejected| panic!("{rejected}"))
}

/// The verdicts of a draft, one line each: what a reviewer reads in a snapshot.
fn verdict_lines(report: &toets::Report) -> String {
    report
        .verdicts
        .iter()
        .map(|v| {
            let subject = v.subject.as_deref().unwrap_or("(model)");
            format!("{:<9} {:<20} {subject}\n", v.status.as_str(), v.rule)
        })
        .collect()
}

#[test]
fn the_verdicts_of_every_draft() {
    for path in drafts() {
        let name = path.file_stem().unwrap().to_str().unwrap();
        let report = check(&path);
        insta::assert_snapshot!(name, verdict_lines(&report));
        // The counts, as the JSON report gives them.
        insta::assert_json_snapshot!(format!("{name}.summary"), report.summary);
    }
}

#[test]
fn a_comment_for_the_pull_request_and_a_log_for_code_scanning() {
    let mut reports: Vec<toets::Report> = drafts().iter().map(|p| check(p)).collect();
    // Without line and column, a comment added above an element changes nothing.
    reports.iter_mut().for_each(without_positions);
    let comment = markdown(&reports);
    assert!(comment.contains("`joint-review`"));
    let exit_code = if reports.iter().any(|r| r.summary.violated > 0) {
        1
    } else {
        0
    };
    let log: serde_json::Value =
        serde_json::from_str(&sarif(&reports, &Invocation::here(exit_code))).unwrap();
    assert_eq!(log["version"], "2.1.0");
}

#[test]
fn a_broken_draft_says_where_in_either_language() {
    let rejected = toets::check_str("broken.toml", "[model]\ntitle = 1\n").unwrap_err();
    assert!(rejected.to_string().contains("broken.toml:2:9"));
    assert!(
        rejected
            .render_in(Lang::Nl)
            .contains("het model is niet getoetst")
    );
}
