//! A verdict from the outcomes of a rule's obligations on one subject: the first violated case
//! gives the counterexample; otherwise what the proofs rest on, or why the solver gave up.

use super::results::Decided;
use crate::lang::{Lang, say};
use crate::logic::formula::Polarity;
use crate::logic::solve::{Limits, Outcome};
use crate::rules::{self, Input};
use crate::verdict::{Clause, Status, Verdict};

/// The verdict of one rule on one subject, from the outcomes of its cases.
pub(super) fn verdict(
    input: &Input<'_>,
    rule: &rules::Rule,
    cases: &[Decided],
    limits: Limits,
    lang: Lang,
) -> Verdict {
    let subject = cases.first().and_then(|d| d.obligation.subject.clone());
    let power = (rule.measure)(input, subject.as_deref());
    let violation = cases
        .iter()
        .find_map(|d| match (&d.outcome, d.obligation.polarity) {
            (Outcome::Sat(values, _), Polarity::SatViolates) => {
                Some((rule.counterexample)(input, &d.obligation, values))
            }
            (Outcome::Unsat(core), Polarity::UnsatViolates) => rule
                .unsat_violates
                .as_ref()
                .map(|u| (u.counterexample)(input, &d.obligation, core)),
            _ => None,
        });
    if let Some(mut counterexample) = violation {
        counterexample.clauses = std::mem::take(&mut counterexample.clauses)
            .into_iter()
            .map(|clause| clause.place(input.model, true))
            .collect();
        return Verdict {
            rule: rule.id,
            status: Status::Violated,
            subject,
            readings: readings_of(&counterexample.clauses),
            counterexample: Some(counterexample),
            reason: None,
            rests_on: Vec::new(),
            power,
            schedule: Vec::new(),
            sensitivity: None,
            accepted: None,
        };
    }
    let unknown = cases.iter().find_map(|d| match &d.outcome {
        Outcome::Unknown(reason) => {
            let (case, rlimit) = (&d.obligation.case, limits.rlimit);
            Some(say!(
                lang,
                "the solver gave up on the case \"{case}\" at its resource limit of {rlimit} steps ({reason}). What to try: raise the limit with --rlimit or `rlimit` in [model] (each step costs the same on every machine); or export the obligation with --emit-smt2 and give it to another solver; or split the rule that the case is about into simpler steps.",
                "de solver gaf het op bij het geval \"{case}\" op zijn limiet van {rlimit} stappen ({reason}). Wat te proberen: verhoog de limiet met --rlimit of `rlimit` in [model] (elke stap kost op elke machine evenveel); of exporteer de bewijsverplichting met --emit-smt2 en geef haar aan een andere solver; of splits de regel waar het geval over gaat in eenvoudiger stappen.",
            ))
        }
        _ => None,
    });
    let mut rests_on: Vec<Clause> = Vec::new();
    let mut schedule = Vec::new();
    if unknown.is_none() {
        for case in cases {
            if let (Outcome::Sat(values, ints), Some(u)) = (&case.outcome, &rule.unsat_violates) {
                if schedule.is_empty() {
                    schedule = (u.witness)(input, &case.obligation, values, ints);
                }
            }
            if case.obligation.polarity == Polarity::UnsatViolates {
                continue;
            }
            if let Outcome::Unsat(core) = &case.outcome {
                for &i in core {
                    for clause in &case.obligation.assertions[i].rests_on {
                        let clause = clause.clone().place(input.model, false);
                        if !rests_on.contains(&clause) {
                            rests_on.push(clause);
                        }
                    }
                }
            }
        }
    }
    Verdict {
        rule: rule.id,
        status: if unknown.is_some() {
            Status::Unknown
        } else {
            Status::Holds
        },
        subject,
        counterexample: None,
        power: if unknown.is_none() { power } else { Vec::new() },
        reason: unknown,
        readings: readings_of(&rests_on),
        rests_on,
        schedule,
        sensitivity: None,
        accepted: None,
    }
}

/// The readings of the elements `clauses` cite, each once, in the order of the model.
fn readings_of(clauses: &[Clause]) -> Vec<usize> {
    let mut readings: Vec<usize> = clauses
        .iter()
        .flat_map(|c| c.readings.iter().copied())
        .collect();
    readings.sort_unstable();
    readings.dedup();
    readings
}
