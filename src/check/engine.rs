//! Checking one model: every rule's obligations stated, each distinct obligation solved once
//! (outcomes are kept by fingerprint, across the models of a session), the outcomes turned into
//! verdicts.

use super::options::Options;
use super::results::{Checked, Decided, Report};
use super::verdicts::verdict;
use crate::logic::formula::Obligation;
use crate::logic::solve::{self, Limits, Outcome};
use crate::model::Model;
use crate::model::graph::GovernanceGraph;
use crate::rules::{self, Input};

/// The outcomes solved so far, by fingerprint and resource limit.
pub(super) type Solved = std::sync::Mutex<std::collections::HashMap<(u128, u32), Outcome>>;

/// Checks every rule that applies on `model`, solving on `jobs` threads.
pub(super) fn check_with(
    model: &Model,
    options: &Options,
    jobs: usize,
    solved: &Solved,
) -> Checked {
    let graph = GovernanceGraph::build(model);
    let input = Input {
        model,
        graph: &graph,
        lang: options.lang,
        years: options.years,
    };
    let limits = options.limits(model);
    let applies = |rule: &rules::Rule| match options.rules.as_ref().or(model.rules.as_ref()) {
        Some(ids) => ids.iter().any(|id| id == rule.id),
        None => true,
    };
    let stated: Vec<(&rules::Rule, Vec<Obligation>)> = rules::ALL
        .iter()
        .filter(|rule| applies(rule))
        .map(|rule| (*rule, (rule.obligations)(&input)))
        .collect();
    let not_applied: Vec<&'static str> = rules::ALL
        .iter()
        .filter(|rule| !applies(rule))
        .map(|rule| rule.id)
        .collect();
    let all: Vec<&Obligation> = stated.iter().flat_map(|(_, obs)| obs).collect();
    let outcomes = solve_all(&all, limits, jobs, solved);
    let mut outcomes = outcomes.into_iter();
    let mut verdicts = Vec::new();
    let mut decided = Vec::new();
    for (rule, obligations) in stated {
        let rule_decided: Vec<Decided> = obligations
            .into_iter()
            .map(|obligation| Decided {
                outcome: outcomes.next().expect("an outcome per obligation"),
                obligation,
            })
            .collect();
        for group in rule_decided.chunk_by(|a, b| a.obligation.subject == b.obligation.subject) {
            verdicts.push(verdict(&input, rule, group, limits, options.lang));
        }
        decided.extend(rule_decided);
    }
    let mut report = Report::new(model, options.lang, verdicts, not_applied);
    report.without_readings = options.without_readings;
    Checked { report, decided }
}

/// The outcome of every obligation, in order. Obligations with the same [`Obligation::fingerprint`] and
/// limit (the plans of one region paid from one stream, say) are solved once, and not again
/// when `solved` already has them; the distinct ones are shared out over `jobs` threads. Each
/// solve has its own Z3 context, so the outcomes do not depend on the number of threads, their
/// timing, or what was solved before.
fn solve_all(
    obligations: &[&Obligation],
    limits: Limits,
    jobs: usize,
    solved: &Solved,
) -> Vec<Outcome> {
    let keys: Vec<(u128, u32)> = obligations
        .iter()
        .map(|o| (o.fingerprint(), limits.rlimit))
        .collect();
    let mut distinct: Vec<&Obligation> = Vec::new();
    let mut distinct_keys: Vec<(u128, u32)> = Vec::new();
    {
        let known = solved.lock().expect("no thread panics holding the cache");
        let mut index: std::collections::HashSet<(u128, u32)> = std::collections::HashSet::new();
        for (obligation, key) in obligations.iter().zip(&keys) {
            if !known.contains_key(key) && index.insert(*key) {
                distinct.push(obligation);
                distinct_keys.push(*key);
            }
        }
    }
    let jobs = jobs.clamp(1, distinct.len().max(1));
    let mut fresh: Vec<Option<Outcome>> = vec![None; distinct.len()];
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..jobs)
            .map(|job| {
                let distinct = &distinct;
                scope.spawn(move || {
                    (job..distinct.len())
                        .step_by(jobs)
                        .map(|i| (i, solve::solve(distinct[i], limits)))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        for worker in workers {
            for (i, outcome) in worker.join().expect("a solver thread does not panic") {
                fresh[i] = Some(outcome);
            }
        }
    });
    let mut known = solved.lock().expect("no thread panics holding the cache");
    for (key, outcome) in distinct_keys.into_iter().zip(fresh) {
        // Another thread may have solved the same obligation meanwhile: the same outcome.
        known.insert(key, outcome.expect("every distinct obligation is solved"));
    }
    keys.iter().map(|key| known[key].clone()).collect()
}
