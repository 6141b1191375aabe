//! The pipeline: load → validate → graph → encode → solve → explain, for one model.
//!
//! Every obligation is decided, in the order its rule states it; within one rule and subject
//! the first satisfiable case gives the counterexample. Nothing here prints.

use crate::lang::{Lang, say};
use crate::language::diagnostic::{Diagnostic, said, suggest};
use crate::language::source::SourceFile;
use crate::language::{load, validate};
use crate::logic::formula::{Obligation, Polarity};
use crate::logic::solve::{self, Limits, Outcome};
use crate::model::Model;
use crate::model::graph::GovernanceGraph;
use crate::rules::{self, Input};
use crate::verdict::{Clause, Status, Verdict};
use serde::Serialize;

/// How to check.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// The solver's resource limit per obligation; when `None`, the model's `rlimit`, else
    /// [`Limits::default`].
    pub rlimit: Option<u32>,
    /// How many threads solve obligations; when `None`, as many as the machine has cores.
    /// The report is the same whatever the number.
    pub jobs: Option<usize>,
    /// The language of the report's texts.
    pub lang: Lang,
    /// The years the money rules check, overriding the model's `years`.
    pub years: Option<(i32, i32)>,
    /// The rules that apply, overriding the model's `rules`; every rule when neither names any.
    pub rules: Option<Vec<String>>,
    /// The commissioners whose equality is checked, overriding the model's `commissioners`
    /// (applied by [`load_file_with`]).
    pub commissioners: Option<Vec<String>>,
}

impl Options {
    /// The number of solver threads.
    pub fn jobs(&self) -> usize {
        self.jobs.unwrap_or_else(|| {
            std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get)
        })
    }

    /// The limits for a model: the command line's, else the model's, else the default.
    pub fn limits(&self, model: &Model) -> Limits {
        match self.rlimit.or(model.rlimit) {
            Some(rlimit) => Limits { rlimit },
            None => Limits::default(),
        }
    }
}

/// A model file that could not be checked, with every problem found in it.
#[derive(Debug)]
pub struct Rejected {
    pub file: SourceFile,
    pub diagnostics: Vec<Diagnostic>,
}

impl std::fmt::Display for Rejected {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.render())
    }
}

impl std::error::Error for Rejected {}

impl Rejected {
    /// The diagnostics rendered against the file in English, at most
    /// [`load::MAX_DIAGNOSTICS`] of them.
    pub fn render(&self) -> String {
        self.render_in(Lang::En)
    }

    /// The diagnostics rendered against the file in `lang`, at most [`load::MAX_DIAGNOSTICS`]
    /// of them.
    pub fn render_in(&self, lang: Lang) -> String {
        let mut out = String::new();
        for diagnostic in self.diagnostics.iter().take(load::MAX_DIAGNOSTICS) {
            out.push_str(&diagnostic.render_in(&self.file, lang));
            out.push('\n');
        }
        let hidden = self.diagnostics.len().saturating_sub(load::MAX_DIAGNOSTICS);
        let path = &self.file.path;
        if hidden > 0 {
            out.push_str(&say!(
                lang,
                "... and {hidden} more errors in {path}\n\n",
                "... en nog {hidden} fouten in {path}\n\n",
            ));
        }
        let n = self.diagnostics.len();
        out.push_str(&match (lang, n) {
            (Lang::En, 1) => format!("{path}: 1 error; the model was not checked\n"),
            (Lang::En, _) => format!("{path}: {n} errors; the model was not checked\n"),
            (Lang::Nl, 1) => format!("{path}: 1 fout; het model is niet getoetst\n"),
            (Lang::Nl, _) => format!("{path}: {n} fouten; het model is niet getoetst\n"),
        });
        out
    }
}

/// The version of the JSON report's layout. It changes only when a field is renamed, removed or
/// changes meaning; fields may be added within a version.
pub const SCHEMA_VERSION: u32 = 1;

/// The verdicts on one model: `Serialize` gives the JSON object of the report, `Display` the
/// text report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Report {
    /// [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// The language of the texts: `en` or `nl`.
    pub lang: Lang,
    /// The path of the model file, as given.
    pub model: String,
    pub title: String,
    pub verdicts: Vec<Verdict>,
    pub summary: Summary,
    /// The rules left out by the model's or the command line's `rules`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub not_applied: Vec<&'static str>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub holds: usize,
    pub violated: usize,
    pub unknown: usize,
}

impl Report {
    /// The worst status among the verdicts, `Holds` when there are none.
    pub fn worst(&self) -> Status {
        worst(self.verdicts.iter().map(|v| v.status))
    }
}

/// The worst of some statuses: violated, then unknown, then holds (also for none).
pub fn worst(statuses: impl IntoIterator<Item = Status>) -> Status {
    statuses.into_iter().max().unwrap_or(Status::Holds)
}

/// One obligation and what the solver said about it.
#[derive(Clone, Debug)]
pub struct Decided {
    pub obligation: Obligation,
    pub outcome: Outcome,
}

/// A checked model: the report, and every obligation with its outcome.
#[derive(Clone, Debug)]
pub struct Checked {
    pub report: Report,
    pub decided: Vec<Decided>,
}

/// Loads and validates the model file at `path`.
pub fn load_file(path: &str) -> Result<Model, Rejected> {
    match load::read_file(path) {
        Ok(file) => load_source(file),
        Err(failure) => {
            let (file, diagnostic) = *failure;
            Err(Rejected {
                file,
                diagnostics: vec![diagnostic],
            })
        }
    }
}

/// Loads and validates model text; the file's path names it in messages.
pub fn load_source(file: SourceFile) -> Result<Model, Rejected> {
    let (document, mut diagnostics) = load::parse(&file);
    match validate::validate(&file, &document) {
        Ok(model) if diagnostics.is_empty() => Ok(model),
        Ok(_) => Err(Rejected { file, diagnostics }),
        Err(more) => {
            diagnostics.extend(more);
            diagnostics.sort_by_key(|d| d.span.map(|s| (s.start, s.end)));
            diagnostics.dedup();
            Err(Rejected { file, diagnostics })
        }
    }
}

/// Loads and validates a model file, then applies what `options` overrides in it: the
/// commissioners. A commissioner that is no party of the model is an error of the file.
pub fn load_file_with(path: &str, options: &Options) -> Result<Model, Rejected> {
    let mut model = load_file(path)?;
    if let Some(ids) = &options.commissioners {
        let mut commissioners = Vec::new();
        let mut diagnostics = Vec::new();
        for id in ids {
            match model.party_id(id) {
                Some(p) if !commissioners.contains(&p) => commissioners.push(p),
                Some(_) => {}
                None => {
                    let known = model.parties.iter().map(|p| p.id.as_str());
                    let mut diagnostic = Diagnostic::file(
                        "unknown-reference",
                        said!(
                            "`--commissioners` names `{id}`, which is no party of the model",
                            "`--commissioners` noemt `{id}`, maar dat is geen partij van het model"
                        ),
                    );
                    if let Some(close) = crate::language::diagnostic::did_you_mean(id, known) {
                        diagnostic = diagnostic.help(suggest(close));
                    }
                    diagnostics.push(diagnostic);
                }
            }
        }
        if !diagnostics.is_empty() {
            return Err(Rejected {
                file: model.file,
                diagnostics,
            });
        }
        model.commissioners = commissioners;
    }
    Ok(model)
}

/// Every proof obligation of a model, in the order they are decided.
pub fn obligations(model: &Model) -> Vec<Obligation> {
    let graph = GovernanceGraph::build(model);
    let input = Input {
        model,
        graph: &graph,
        lang: Lang::default(),
        years: None,
    };
    rules::ALL
        .iter()
        .flat_map(|rule| (rule.obligations)(&input))
        .collect()
}

/// Checks every rule on a model.
pub fn check_model(model: &Model, options: &Options) -> Report {
    check(model, options).report
}

/// Checks every rule on a model, keeping every obligation and its outcome.
pub fn check(model: &Model, options: &Options) -> Checked {
    Session::default().check(model, options)
}

/// The outcomes solved so far, by fingerprint and resource limit.
type Solved = std::sync::Mutex<std::collections::HashMap<(u128, u32), Outcome>>;

/// Checks several models in one process, solving an obligation that an earlier model of the
/// session already had only once: a batch of variants of one draft shares most of them.
#[derive(Default)]
pub struct Session {
    solved: Solved,
}

impl Session {
    /// Checks every rule on a model, keeping every obligation and its outcome.
    pub fn check(&mut self, model: &Model, options: &Options) -> Checked {
        check_with(model, options, options.jobs(), &self.solved)
    }

    /// Loads and checks several items (files, texts), as many at a time as `options` has
    /// threads, each item on one thread; the results come in the order of `items`, each the
    /// same as [`Session::check`] gives. For a batch of drafts, where most obligations are
    /// already solved and loading and stating them is what costs, this uses the cores that
    /// solving one draft's few new obligations cannot.
    pub fn check_each<T: Sync>(
        &mut self,
        items: &[T],
        options: &Options,
        load: impl Fn(&T) -> Result<Model, Rejected> + Sync,
    ) -> Vec<Result<(Model, Checked), Rejected>> {
        let jobs = options.jobs().clamp(1, items.len().max(1));
        let (solved, load) = (&self.solved, &load);
        let mut results: Vec<Option<Result<(Model, Checked), Rejected>>> =
            (0..items.len()).map(|_| None).collect();
        std::thread::scope(|scope| {
            let workers: Vec<_> = (0..jobs)
                .map(|job| {
                    scope.spawn(move || {
                        (job..items.len())
                            .step_by(jobs)
                            .map(|i| {
                                let checked = load(&items[i]).map(|model| {
                                    let checked = check_with(&model, options, 1, solved);
                                    (model, checked)
                                });
                                (i, checked)
                            })
                            .collect::<Vec<_>>()
                    })
                })
                .collect();
            for worker in workers {
                for (i, result) in worker.join().expect("a checking thread does not panic") {
                    results[i] = Some(result);
                }
            }
        });
        results
            .into_iter()
            .map(|r| r.expect("every item is checked"))
            .collect()
    }
}

fn check_with(model: &Model, options: &Options, jobs: usize, solved: &Solved) -> Checked {
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
    let mut summary = Summary::default();
    for verdict in &verdicts {
        match verdict.status {
            Status::Holds => summary.holds += 1,
            Status::Violated => summary.violated += 1,
            Status::Unknown => summary.unknown += 1,
        }
    }
    Checked {
        report: Report {
            schema_version: SCHEMA_VERSION,
            lang: options.lang,
            model: model.file.path.clone(),
            title: model.title.clone(),
            verdicts,
            summary,
            not_applied,
        },
        decided,
    }
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

/// The verdict of one rule on one subject, from the outcomes of its cases.
fn verdict(
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
            counterexample: Some(counterexample),
            reason: None,
            rests_on: Vec::new(),
            power,
            schedule: Vec::new(),
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
        rests_on,
        schedule,
    }
}
