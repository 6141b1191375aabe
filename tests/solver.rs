//! The solver toets is built against.

/// Verdicts and counterexamples are reproducible byte for byte for one Z3 version; a change of
/// solver must be a deliberate update (docs/ARCHITECTURE.md, "Z3: which library, and why").
#[test]
fn z3_is_the_pinned_version() {
    assert_eq!(toets::solve::z3_version(), "4.8.12.0");
}
