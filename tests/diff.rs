//! `toets diff` over the chain of real drafts: November 2024 → the December compromise →
//! VNG's conditions.

use std::process::Command;

fn diff(args: &[&str]) -> (i32, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_toets"))
        .arg("diff")
        .args(args)
        .output()
        .expect("toets runs");
    (
        output.status.code().expect("an exit code"),
        String::from_utf8(output.stdout).unwrap() + &String::from_utf8_lossy(&output.stderr),
    )
}

#[test]
fn the_chain_of_drafts_improves_step_by_step() {
    let chain = [
        "models/iza2-draft-2024.toml",
        "models/compromise-2024-12.toml",
        "models/vng-conditions-2024.toml",
    ];
    for pair in chain.windows(2) {
        let (code, text) = diff(&[pair[0], pair[1]]);
        assert_eq!(code, 0, "nothing gets worse along the chain: {text}");
        let name = format!(
            "{}__{}",
            pair[0]
                .trim_start_matches("models/")
                .trim_end_matches(".toml"),
            pair[1]
                .trim_start_matches("models/")
                .trim_end_matches(".toml")
        );
        insta::assert_snapshot!(name, text);
    }
}

#[test]
fn the_draft_against_the_conditions_lists_improvements_and_changed_elements() {
    let (code, text) = diff(&[
        "models/iza2-draft-2024.toml",
        "models/vng-conditions-2024.toml",
    ]);
    assert_eq!(code, 0);
    for improved in [
        "all-commission",
        "equal-rights",
        "joint-review",
        "money-no-exemption",
        "review-coverage",
    ] {
        assert!(
            text.lines()
                .any(|l| l.trim_start().starts_with("improved") && l.contains(improved)),
            "{improved} improves:\n{text}"
        );
    }
    assert!(
        text.contains(
            "changed  commissioner `vng` of the agreement: role `partij` → role `opdrachtgever`"
        ),
        "{text}"
    );
    assert!(
        text.contains("removed  decision `beoordeling-zvw-plan`"),
        "{text}"
    );
    let (_, json) = diff(&[
        "--format",
        "json",
        "models/iza2-draft-2024.toml",
        "models/vng-conditions-2024.toml",
    ]);
    insta::assert_snapshot!("iza2-draft-2024__vng-conditions-2024.json", json);
}

#[test]
fn going_back_is_worse_and_exits_with_1() {
    let (code, text) = diff(&[
        "models/vng-conditions-2024.toml",
        "models/iza2-draft-2024.toml",
    ]);
    assert_eq!(code, 1, "{text}");
    assert!(
        text.lines()
            .any(|l| l.trim_start().starts_with("WORSE") && l.contains("joint-review")),
        "{text}"
    );
}

#[test]
fn a_bad_draft_is_bad_input() {
    let (code, text) = diff(&["models/iza-2022.toml", "tests/invalid/syntax-error.toml"]);
    assert_eq!(code, 2);
    assert!(
        text.contains("tests/invalid/syntax-error.toml:2:"),
        "{text}"
    );
}

/// In Dutch, the diff says the same in the same places: the same rules, subjects and number of
/// changed elements, with Dutch words for the changes, the statuses and the elements.
#[test]
fn the_diff_speaks_dutch_with_lang_nl() {
    let pair = [
        "models/iza2-draft-2024.toml",
        "models/compromise-2024-12.toml",
    ];
    let (code_en, english) = diff(&pair);
    let (code_nl, dutch) = diff(&["--lang", "nl", pair[0], pair[1]]);
    assert_eq!(code_en, code_nl);
    assert_eq!(english.lines().count(), dutch.lines().count());
    for (en, nl) in english.lines().zip(dutch.lines()) {
        // Rule ids and subjects stay; the words around them change.
        let ids = |line: &str| -> Vec<String> {
            line.split_whitespace()
                .filter(|w| w.contains('-') && !w.contains('`') && *w != "-")
                .map(str::to_string)
                .collect()
        };
        if en.starts_with("  ") && !en.contains('`') {
            assert_eq!(ids(en), ids(nl), "{en}\n{nl}");
        }
    }
    // The modeller's readings are in the words the modeller wrote them in; toets's own words
    // are Dutch.
    let own = |text: &str| -> String {
        text.lines()
            .filter(|l| !l.contains("reading of") && !l.contains("lezing van"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let (english, dutch_own) = (own(&english), own(&dutch));
    for english_word in [
        "Verdicts",
        "improved",
        "holds",
        "violated",
        "decision `",
        "removed",
    ] {
        assert!(english.contains(english_word), "{english_word}");
        assert!(
            !dutch_own.contains(english_word),
            "{english_word} in:\n{dutch_own}"
        );
    }
    insta::assert_snapshot!("iza2-draft-2024__compromise-2024-12.nl", dutch);
}
