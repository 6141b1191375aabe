//! The solver toets is built against.

/// Verdicts and counterexamples are reproducible byte for byte for one Z3 version; a change of
/// solver must be a deliberate update (docs/ARCHITECTURE.md, "Z3: which library, and why").
#[test]
fn z3_is_the_pinned_version() {
    assert_eq!(toets::logic::solve::z3_version(), "4.8.12.0");
}

/// The pigeonhole principle for `holes + 1` pigeons: unsatisfiable, and hard for the solver's
/// search as `holes` grows. Pigeon `p` sits in hole `h` when `in.p.h`.
fn pigeonhole(holes: usize) -> toets::logic::formula::Obligation {
    use toets::logic::formula::{Formula, Obligation};
    let mut ob = Obligation::new(
        "pigeonhole",
        None,
        format!("{} pigeons in {holes} holes", holes + 1),
        "no two pigeons share a hole".to_string(),
    );
    for p in 0..=holes {
        let somewhere: Vec<Formula> = (0..holes)
            .map(|h| ob.vars.var(&format!("in.{p}.{h}")))
            .collect();
        ob.assert(format!("pigeon {p} sits somewhere"), Formula::Or(somewhere));
    }
    for h in 0..holes {
        let sitting: Vec<(i64, Formula)> = (0..=holes)
            .map(|p| (-1, ob.vars.var(&format!("in.{p}.{h}"))))
            .collect();
        ob.assert(
            format!("at most one pigeon in hole {h}"),
            Formula::AtLeast {
                terms: sitting,
                bound: -1,
            },
        );
    }
    ob
}

/// A hard obligation under a small resource limit is unknown, never unsat; under enough, the
/// same obligation is proved.
#[test]
fn a_hard_obligation_out_of_budget_is_unknown() {
    use toets::logic::solve::{Limits, Outcome, solve};
    let hard = pigeonhole(9);
    match solve(&hard, Limits { rlimit: 200_000 }) {
        Outcome::Unknown(reason) => assert!(!reason.is_empty()),
        other => panic!("expected unknown, got {other:?}"),
    }
    assert_eq!(
        solve(&pigeonhole(4), Limits::default()),
        Outcome::Unsat(Vec::new())
    );
}
