//! Proof obligations as SMT-LIB 2, for re-checking by any solver.
//!
//! Each file is self-contained: a header of comments naming the model, rule, subject and case,
//! what *unsat* means and the answer `toets` reached; the variable declarations; the
//! assertions, each under its comment, those of a minimal unsat core marked "the proof rests
//! on this"; `(check-sat)`. Weighted sums are written as sums of
//! `ite` terms in linear integer arithmetic (`QF_LIA`), which every SMT-LIB solver reads,
//! even where `toets` itself hands Z3 pseudo-Boolean constraints.

use crate::logic::formula::{Formula, Obligation};
use crate::logic::solve::Outcome;
use crate::model::Model;
use std::fmt::Write as _;

/// The answer an SMT-LIB solver prints for an outcome.
pub fn answer(outcome: &Outcome) -> &'static str {
    match outcome {
        Outcome::Unsat(_) => "unsat",
        Outcome::Sat(..) => "sat",
        Outcome::Unknown(_) => "unknown",
    }
}

/// The SMT-LIB text of an obligation of the model at `model_path`, decided as `outcome`.
pub fn write(model: &Model, obligation: &Obligation, outcome: &Outcome) -> String {
    let model_path = &model.file.path;
    let mut out = String::new();
    let _ = writeln!(out, "; toets proof obligation");
    let _ = writeln!(out, "; model:   {}", one_line(model_path));
    let _ = writeln!(out, "; rule:    {}", obligation.rule);
    let _ = writeln!(
        out,
        "; subject: {}",
        one_line(obligation.subject.as_deref().unwrap_or("(model)"))
    );
    let _ = writeln!(out, "; case:    {}", one_line(&obligation.case));
    let _ = writeln!(out, "; unsat means: {}", one_line(&obligation.unsat_means));
    if obligation.polarity == crate::logic::formula::Polarity::UnsatViolates {
        let _ = writeln!(
            out,
            "; polarity: here sat means the rule holds (a model is the witness) and unsat that it is violated (the marked assertions are the counterexample)"
        );
    }
    let _ = writeln!(out, "; expect:  {}", answer(outcome));
    let _ = writeln!(out, "(set-logic QF_LIA)");
    let names = symbols(obligation);
    for (name, symbol) in obligation.vars.names().iter().zip(&names) {
        if symbol.starts_with('|') {
            let _ = writeln!(out, "(declare-const {symbol} Bool)");
        } else {
            let _ = writeln!(out, "(declare-const {symbol} Bool) ; {}", one_line(name));
        }
    }
    let ints = int_symbols(obligation);
    for (name, symbol) in obligation.ints.names().iter().zip(&ints) {
        if symbol.starts_with('|') {
            let _ = writeln!(out, "(declare-const {symbol} Int)");
        } else {
            let _ = writeln!(out, "(declare-const {symbol} Int) ; {}", one_line(name));
        }
    }
    let names = Names {
        bools: &names,
        ints: &ints,
    };
    let core: &[usize] = match outcome {
        Outcome::Unsat(core) => core,
        _ => &[],
    };
    for (i, assertion) in obligation.assertions.iter().enumerate() {
        if !assertion.comment.is_empty() {
            let _ = writeln!(out, "; {}", one_line(&assertion.comment));
        }
        // The assertions of the minimal core: leave any one of them out and the rest is sat.
        if core.contains(&i) {
            let what = match obligation.polarity {
                crate::logic::formula::Polarity::SatViolates => "the proof rests on this",
                crate::logic::formula::Polarity::UnsatViolates => "the violation rests on this",
            };
            for clause in &assertion.rests_on {
                let _ = writeln!(
                    out,
                    "; {what}: {} ({})",
                    one_line(&clause.element),
                    model.location(clause.span)
                );
            }
        }
        let _ = writeln!(out, "(assert {})", term(&assertion.formula, names));
    }
    let _ = writeln!(out, "(check-sat)");
    let _ = writeln!(out, "(exit)");
    out
}

/// The SMT-LIB symbol of every variable of an obligation, by index.
fn symbols(obligation: &Obligation) -> Vec<String> {
    obligation
        .vars
        .names()
        .iter()
        .enumerate()
        .map(|(i, name)| symbol(name, i))
        .collect()
}

/// The SMT-LIB symbol of every integer variable of an obligation, by index (`i<index>` where
/// the name cannot be quoted).
fn int_symbols(obligation: &Obligation) -> Vec<String> {
    obligation
        .ints
        .names()
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let s = symbol(name, i);
            if s.starts_with('|') {
                s
            } else {
                format!("i{i}")
            }
        })
        .collect()
}

/// The symbols of an obligation's Boolean and integer variables.
#[derive(Clone, Copy)]
struct Names<'a> {
    bools: &'a [String],
    ints: &'a [String],
}

/// A quoted symbol for a variable name, or `v<index>` where the name cannot be quoted.
fn symbol(name: &str, index: usize) -> String {
    let quotable = name
        .chars()
        .all(|c| c != '|' && c != '\\' && !c.is_control());
    if quotable {
        format!("|{name}|")
    } else {
        format!("v{index}")
    }
}

/// Text fit for a one-line comment.
fn one_line(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

fn integer(value: i64) -> String {
    if value < 0 {
        format!("(- {})", value.unsigned_abs())
    } else {
        value.to_string()
    }
}

fn term(formula: &Formula, names: Names<'_>) -> String {
    let many = |op: &str, parts: &[Formula], empty: &str| match parts {
        [] => empty.to_string(),
        [one] => term(one, names),
        _ => {
            let inner: Vec<String> = parts.iter().map(|p| term(p, names)).collect();
            format!("({op} {})", inner.join(" "))
        }
    };
    match formula {
        Formula::Const(true) => "true".to_string(),
        Formula::Const(false) => "false".to_string(),
        Formula::Var(i) => names.bools[*i].clone(),
        Formula::Not(inner) => format!("(not {})", term(inner, names)),
        Formula::And(parts) => many("and", parts, "true"),
        Formula::Or(parts) => many("or", parts, "false"),
        Formula::AtLeast { terms, bound } => {
            let summands: Vec<String> = terms
                .iter()
                .map(|(w, f)| format!("(ite {} {} 0)", term(f, names), integer(*w)))
                .collect();
            at_least(&summands, *bound)
        }
        Formula::IntAtLeast { terms, bound } => {
            let summands: Vec<String> = terms
                .iter()
                .map(|&(c, j)| match c {
                    1 => names.ints[j].clone(),
                    _ => format!("(* {} {})", integer(c), names.ints[j]),
                })
                .collect();
            at_least(&summands, *bound)
        }
    }
}

/// `(>= (+ summands…) bound)`, a sum of none being 0 and of one the summand itself.
fn at_least(summands: &[String], bound: i64) -> String {
    let sum = match summands {
        [] => "0".to_string(),
        [one] => one.clone(),
        _ => format!("(+ {})", summands.join(" ")),
    };
    format!("(>= {sum} {})", integer(bound))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weighted_sums_are_ite_terms_and_negatives_are_negated() {
        let names = vec!["|a|".to_string(), "|b|".to_string()];
        let names = Names {
            bools: &names,
            ints: &["|x|".to_string()],
        };
        let formula = Formula::AtLeast {
            terms: vec![(2, Formula::Var(0)), (-1, Formula::Var(1))],
            bound: 1,
        };
        assert_eq!(
            term(&formula, names),
            "(>= (+ (ite |a| 2 0) (ite |b| (- 1) 0)) 1)"
        );
        assert_eq!(term(&Formula::Or(vec![]), names), "false");
        let days = Formula::IntAtLeast {
            terms: vec![(-1, 0)],
            bound: -20_056,
        };
        assert_eq!(term(&days, names), "(>= (* (- 1) |x|) (- 20056))");
        assert_eq!(symbol("odd|name", 7), "v7");
    }
}
