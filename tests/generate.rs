//! `toets generate national`: valid, deterministic, at the real numbers.

use toets::verdict::Status;

#[test]
fn the_national_model_has_the_real_numbers_and_is_valid() {
    let text = toets::generate::national(1, 1.0);
    let model = toets::check::load_source(toets::language::source::SourceFile::new(
        "national.toml",
        text,
    ))
    .unwrap_or_else(|r| panic!("{}", r.render()));
    let count =
        |kind: toets::model::PartyKind| model.parties.iter().filter(|p| p.kind == kind).count();
    assert_eq!(count(toets::model::PartyKind::Municipality), 342);
    assert_eq!(count(toets::model::PartyKind::Insurer), 20);
    assert_eq!(model.regions.len(), 42);
    assert_eq!(model.plans.len(), 400);
    let leaders: std::collections::BTreeSet<_> = model
        .regions
        .iter()
        .map(|r| r.market_leaders.clone())
        .collect();
    assert!(
        leaders.len() <= 31,
        "the 42 regions lie in 31 zorgkantoorregio's"
    );
    assert!(
        model
            .regions
            .iter()
            .all(|r| r.mandate_municipality.is_some())
    );
    // Every municipality but the mandaatgemeente mandates it: 342 − 42 mandates.
    let mandates = model
        .relations
        .iter()
        .filter(|r| r.kind == toets::model::RelationKind::Mandates)
        .count();
    assert_eq!(mandates, 342 - 42);
}

#[test]
fn the_same_seed_gives_the_same_bytes_and_another_seed_another_model() {
    assert_eq!(
        toets::generate::national(7, 1.0),
        toets::generate::national(7, 1.0)
    );
    assert_ne!(
        toets::generate::national(7, 1.0),
        toets::generate::national(8, 1.0)
    );
}

#[test]
fn the_small_national_model_meets_every_rule() {
    // It is generated under VNG's conditions, so every rule holds.
    let report = toets::check_str("national.toml", &toets::generate::national(3, 0.1)).unwrap();
    assert!(report.verdicts.len() > 20);
    assert!(report.verdicts.iter().all(|v| v.status == Status::Holds));
}

#[test]
fn a_scale_out_of_range_is_refused() {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_toets"))
        .args(["generate", "national", "--scale", "0"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("`--scale 0` is out of range"));
}
