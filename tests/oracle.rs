//! The independent oracle: random small worlds, written out as model files, checked by toets,
//! and each verdict (rule and subject) compared with what the oracle's own brute force over
//! every coalition, presence, chain, run and year concludes. The oracle (`tests/oracle/`) has
//! its own data model and evaluator, written from the rule documents; it uses toets only to
//! load and check the text it writes. `TOETS_ORACLE_CASES=N` runs N worlds instead of the
//! default; `TOETS_ORACLE_SEED=S` starts at another seed.

mod oracle {
    pub mod evaluate;
    pub mod generate;
    pub mod mend;
    pub mod proofs;
    pub mod read;
    pub mod render;
    pub mod world;
}

use oracle::evaluate::{self, Key, Status, Verdicts};
use oracle::world::{Rule, Voter};
use oracle::{generate, render};
use std::collections::BTreeMap;
use toets::check::{Options, Session};
use toets::language::source::SourceFile;

/// Worlds per `cargo test` run: enough for over 10,000 compared verdicts.
const CASES: u64 = 440;
/// The fewest verdicts one run compares.
const LEAST_VERDICTS: usize = 10_000;
/// The fewest times each rule must be compared holding, and violated.
const LEAST_PER_OUTCOME: usize = 25;
/// The fewest times each form of a rule, and each kind of voter, must be drawn.
const LEAST_PER_FORM: usize = 20;

const RULES: [&str; 15] = [
    "all-commission",
    "equal-rights",
    "joint-direction",
    "no-decision-without",
    "equal-power",
    "no-subordination",
    "chain-approaches",
    "joint-review",
    "money-no-exemption",
    "review-coverage",
    "mandate-structure",
    "budget-autonomy",
    "money-balance",
    "process-order",
    "process-schedule",
];

fn env(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .map(|v| v.parse().unwrap_or_else(|_| panic!("{name} is a number")))
        .unwrap_or(default)
}

/// toets's verdicts as the oracle keys them; a subject reported twice, or `unknown`, is kept
/// as a difference.
fn toets_verdicts(report: &toets::Report, problems: &mut Vec<String>) -> BTreeMap<Key, String> {
    let mut out = BTreeMap::new();
    for v in &report.verdicts {
        let rule = RULES
            .iter()
            .find(|r| **r == v.rule)
            .unwrap_or_else(|| panic!("a rule the oracle does not know: {}", v.rule));
        let status = format!("{:?}", v.status).to_lowercase();
        if out.insert((*rule, v.subject.clone()), status).is_some() {
            problems.push(format!("{} on {:?} is reported twice", v.rule, v.subject));
        }
    }
    out
}

fn word(status: Option<&Status>) -> String {
    match status {
        Some(Status::Holds) => "holds".into(),
        Some(Status::Violated) => "violated".into(),
        None => "no verdict".into(),
    }
}

/// Compares toets's verdicts with the oracle's; each difference as a line.
fn compare(oracle: &Verdicts, toets: &BTreeMap<Key, String>, differences: &mut Vec<String>) {
    let mut keys: Vec<&Key> = oracle.keys().chain(toets.keys()).collect();
    keys.sort();
    keys.dedup();
    for key in keys {
        let (ours, theirs) = (word(oracle.get(key)), toets.get(key).cloned());
        let theirs = theirs.unwrap_or_else(|| "no verdict".into());
        if ours != theirs {
            differences.push(format!(
                "{} on {:?}: toets says {theirs}, the oracle {ours}",
                key.0, key.1
            ));
        }
    }
}

#[derive(Default)]
struct Tally {
    compared: usize,
    rejected: Vec<(u64, String)>,
    per_rule: BTreeMap<&'static str, (usize, usize)>,
    /// How often each form of a rule, and each kind of voter, was drawn.
    forms: BTreeMap<&'static str, usize>,
    disagreements: Vec<String>,
}

/// Counts the forms of `rule` and the kinds of voter it names.
fn forms(rule: &Rule, out: &mut BTreeMap<&'static str, usize>) {
    let mut count = |form: &'static str| *out.entry(form).or_default() += 1;
    let voters = |vs: &[Voter], count: &mut dyn FnMut(&'static str)| {
        for v in vs {
            count(match v {
                Voter::Party(_) => "party voter",
                Voter::Body(_) => "body voter",
                Voter::Role(_) => "region role voter",
            });
        }
    };
    match rule {
        Rule::AllOf(vs) => {
            count("all_of");
            voters(vs, &mut count);
        }
        Rule::AtLeast(_, vs) => {
            count("at_least");
            voters(vs, &mut count);
        }
        Rule::Unanimous(_) => count("unanimous"),
        Rule::Weighted(..) => count("weighted"),
        Rule::MajorityOfPresent(..) => count("majority_of_present"),
        Rule::Veto(vs, inner) => {
            count("veto");
            voters(vs, &mut count);
            forms(inner, out);
        }
        Rule::All(rules) | Rule::Any(rules) => {
            count(if matches!(rule, Rule::All(_)) {
                "all_rules"
            } else {
                "any_rule"
            });
            rules.iter().for_each(|r| forms(r, out));
        }
    }
}

const FORMS: [&str; 11] = [
    "all_of",
    "at_least",
    "unanimous",
    "weighted",
    "majority_of_present",
    "veto",
    "all_rules",
    "any_rule",
    "party voter",
    "body voter",
    "region role voter",
];

/// How many worlds are checked together, in one session of toets: a larger run goes batch by
/// batch, so that what it keeps stays small.
const BATCH: u64 = 50;

fn run(first: u64, cases: u64) -> Tally {
    let mut tally = Tally::default();
    let options = Options {
        skip_sensitivity: true,
        ..Options::default()
    };
    let mut start = first;
    while start < first + cases {
        let seeds: Vec<u64> = (start..(start + BATCH).min(first + cases)).collect();
        start += BATCH;
        let worlds: Vec<_> = seeds.iter().map(|&s| generate::world(s)).collect();
        for rule in worlds
            .iter()
            .flat_map(|w| &w.decisions)
            .flat_map(|d| &d.steps)
        {
            forms(rule, &mut tally.forms);
        }
        let texts: Vec<String> = worlds.iter().map(render::render).collect();
        let checked = Session::default().check_each(&texts, &options, |text| {
            toets::check::load_source(SourceFile::new("oracle.toml", text))
        });
        for (i, result) in checked.into_iter().enumerate() {
            match result {
                Ok((_, checked)) => tally.compare(seeds[i], &worlds[i], &checked.report, &texts[i]),
                Err(rejected) => tally.rejected.push((seeds[i], rejected.render())),
            }
        }
    }
    tally
}

impl Tally {
    /// Compares toets's report on one world with the oracle's verdicts, and counts them.
    fn compare(
        &mut self,
        seed: u64,
        world: &oracle::world::World,
        report: &toets::Report,
        text: &str,
    ) {
        let ours = evaluate::verdicts(world)
            .unwrap_or_else(|e| panic!("seed {seed}: a small world out of reach: {}", e.0));
        let mut differences = Vec::new();
        let theirs = toets_verdicts(report, &mut differences);
        compare(&ours, &theirs, &mut differences);
        if !differences.is_empty() {
            self.disagreements.push(format!(
                "seed {seed}:\n  {}\n--- the model ---\n{text}",
                differences.join("\n  ")
            ));
            return;
        }
        for (key, status) in &ours {
            let counts = self.per_rule.entry(key.0).or_default();
            match status {
                Status::Holds => counts.0 += 1,
                Status::Violated => counts.1 += 1,
            }
            self.compared += 1;
        }
    }
}

#[test]
fn toets_agrees_with_the_independent_oracle() {
    let cases = env("TOETS_ORACLE_CASES", CASES);
    let first = env("TOETS_ORACLE_SEED", 0);
    let started = std::time::Instant::now();
    let tally = run(first, cases);
    println!(
        "oracle: {cases} worlds from seed {first}, {} rejected, {} verdicts compared, {} disagreements, {:.1} s",
        tally.rejected.len(),
        tally.compared,
        tally.disagreements.len(),
        started.elapsed().as_secs_f64()
    );
    for rule in RULES {
        let (holds, violated) = tally.per_rule.get(rule).copied().unwrap_or_default();
        println!("  {rule:<22} holds {holds:>6}  violated {violated:>6}");
    }
    let drawn: Vec<String> = tally
        .forms
        .iter()
        .map(|(f, n)| format!("{f} {n}"))
        .collect();
    println!("  rules drawn: {}", drawn.join(", "));
    assert!(
        tally.disagreements.is_empty(),
        "{} worlds on which toets and the oracle disagree; the first:\n{}",
        tally.disagreements.len(),
        tally.disagreements[..tally.disagreements.len().min(3)].join("\n\n")
    );
    assert!(
        tally.rejected.len() as u64 * 10 < cases,
        "{} of {cases} worlds are rejected (10% at most); the first, seed {}:\n{}",
        tally.rejected.len(),
        tally.rejected[0].0,
        tally.rejected[0].1
    );
    if cases >= CASES {
        assert!(
            tally.compared >= LEAST_VERDICTS,
            "only {} verdicts compared",
            tally.compared
        );
        for form in FORMS {
            let drawn = tally.forms.get(form).copied().unwrap_or_default();
            assert!(
                drawn >= LEAST_PER_FORM,
                "{form} drawn {drawn} times; the generator must draw it at least {LEAST_PER_FORM}"
            );
        }
        for rule in RULES {
            let (holds, violated) = tally.per_rule.get(rule).copied().unwrap_or_default();
            assert!(
                holds >= LEAST_PER_OUTCOME && violated >= LEAST_PER_OUTCOME,
                "`{rule}` compared holding {holds} times and violated {violated} times; the generator must give each at least {LEAST_PER_OUTCOME}"
            );
        }
    }
}
