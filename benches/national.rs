//! `cargo bench`: the national model at scales 0.1, 1 and 10, stage by stage; a batch of
//! variants of one draft; and the symbolic voting encoding against enumerating coalitions.
//!
//! A plain harness: each figure is the median of several runs (wall-clock, release build),
//! printed as a table with the ratios that matter. Peak memory is measured on the `toets`
//! program itself, with GNU time, where it is installed.

use std::hint::black_box;
use std::time::{Duration, Instant};
use toets::check::{self, Options, Session};
use toets::language::source::SourceFile;
use toets::logic::vote::{self, Votes};
use toets::model::Model;
use toets::model::graph::GovernanceGraph;

/// The median wall-clock time of `runs` runs of `work`.
fn median(runs: usize, mut work: impl FnMut()) -> Duration {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            work();
            start.elapsed()
        })
        .collect();
    times.sort();
    times[times.len() / 2]
}

fn ms(d: Duration) -> String {
    format!("{:>10.2} ms", d.as_secs_f64() * 1000.0)
}

fn load(text: &str) -> Model {
    check::load_source(SourceFile::new("national.toml", text))
        .expect("the generated model is valid")
}

/// Checks one rule family's obligations, from a fresh cache.
fn family(model: &Model, family: toets::rules::Family) -> usize {
    let graph = GovernanceGraph::build(model);
    let input = toets::rules::Input {
        model,
        graph: &graph,
        lang: toets::lang::Lang::En,
        years: None,
    };
    let mut decided = 0;
    for rule in toets::rules::ALL.iter().filter(|r| r.family == family) {
        let obligations = (rule.obligations)(&input);
        let mut seen = std::collections::HashSet::new();
        for obligation in &obligations {
            if seen.insert(obligation.fingerprint()) {
                black_box(toets::logic::solve::solve(obligation, Default::default()));
                decided += 1;
            }
        }
    }
    decided
}

/// The peak resident memory of `toets check FILE`, in megabytes, if GNU time is there.
fn peak_memory_mb(file: &std::path::Path) -> Option<f64> {
    let output = std::process::Command::new("/usr/bin/time")
        .args(["-f", "%M", env!("CARGO_BIN_EXE_toets"), "check"])
        .arg(file)
        .output()
        .ok()?;
    let stderr = String::from_utf8_lossy(&output.stderr);
    let kb: f64 = stderr.lines().last()?.trim().parse().ok()?;
    Some(kb / 1024.0)
}

fn main() {
    let dir = std::env::temp_dir().join(format!("toets-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    println!(
        "National model, release build, {} cores",
        Options::default().jobs()
    );
    println!(
        "{:>6} {:>13} {:>13} {:>13} {:>13} {:>13} {:>13} {:>9}",
        "scale",
        "load+valid.",
        "graph",
        "equal comm.",
        "joint review",
        "whole check",
        "1 thread",
        "peak MB"
    );
    let mut whole = Vec::new();
    for scale in [0.1, 1.0, 10.0] {
        let text = toets::generate::national(1, scale);
        let runs = if scale > 5.0 { 3 } else { 11 };
        let model = load(&text);
        let t_load = median(runs, || {
            black_box(load(&text));
        });
        let t_graph = median(runs, || {
            black_box(GovernanceGraph::build(&model));
        });
        let t_equal = median(runs, || {
            black_box(family(&model, toets::rules::Family::EqualCommissioning));
        });
        let t_joint = median(runs, || {
            black_box(family(&model, toets::rules::Family::JointPlanReview));
        });
        let t_whole = median(runs, || {
            black_box(check::check_model(&load(&text), &Options::default()));
        });
        let one = Options {
            jobs: Some(1),
            ..Options::default()
        };
        let t_one = median(runs, || {
            black_box(check::check_model(&load(&text), &one));
        });
        let file = dir.join(format!("national-{scale}.toml"));
        std::fs::write(&file, &text).unwrap();
        let memory = peak_memory_mb(&file).map_or("-".to_string(), |m| format!("{m:.0}"));
        println!(
            "{:>6} {} {} {} {} {} {} {:>9}",
            scale,
            ms(t_load),
            ms(t_graph),
            ms(t_equal),
            ms(t_joint),
            ms(t_whole),
            ms(t_one),
            memory
        );
        whole.push(t_whole);
    }
    println!(
        "scaling: x1 / x0.1 = {:.1}, x10 / x1 = {:.1} (target: x10 within 12 times x1)\n",
        whole[1].as_secs_f64() / whole[0].as_secs_f64(),
        whole[2].as_secs_f64() / whole[1].as_secs_f64()
    );

    // A batch of variants of one draft, checked in one process, one session.
    for scale in [0.1, 1.0] {
        let base = toets::generate::national(1, scale);
        let streams = ["zvw", "state-budget", "municipal-fund", "specific-grant"];
        // 1,000 drafts at scale 0.1; 200 at scale 1, to keep `cargo bench` short.
        let count = if scale < 0.5 { 1000 } else { 200 };
        let variants: Vec<String> = (0..count)
            .map(|i| {
                // Variant i pays plan (i mod plans) from another stream.
                let marker = "funded_by = \"";
                let positions: Vec<usize> = base.match_indices(marker).map(|(p, _)| p).collect();
                let at = positions[i % positions.len()] + marker.len();
                let end = at + base[at..].find('"').unwrap();
                format!(
                    "{}{}{}",
                    &base[..at],
                    streams[i % streams.len()],
                    &base[end..]
                )
            })
            .collect();
        let start = Instant::now();
        let mut session = Session::default();
        // The first draft solved on both cores, the rest two at a time, as `toets check` does.
        black_box(session.check(&load(&variants[0]), &Options::default()));
        for pair in variants[1..].chunks(2) {
            black_box(session.check_each(pair, &Options::default(), |text| {
                check::load_source(SourceFile::new("national.toml", text.as_str()))
            }));
        }
        let elapsed = start.elapsed();
        println!(
            "batch: {} variants of the scale-{scale} model in one session: {} ({:.0} drafts/s; target 200)",
            variants.len(),
            ms(elapsed),
            variants.len() as f64 / elapsed.as_secs_f64()
        );
    }

    // The symbolic encoding against enumerating every coalition, on the same question: can a
    // weighted decision of n members pass without member 0?
    println!(
        "\nno-decision-without on a weighted body of n members: enumeration against the solver"
    );
    println!(
        "{:>4} {:>13} {:>13} {:>8}",
        "n", "enumerate", "solver", "ratio"
    );
    for n in [8usize, 12, 16, 20, 22] {
        let mut text = String::from(
            "[model]\ntitle = \"weighted\"\nsource = \"bench\"\ncommissioners = [\"p0\", \"p1\", \"p2\"]\n",
        );
        for i in 0..n {
            text.push_str(&format!(
                "[[party]]\nid = \"p{i}\"\nkind = \"other\"\nsource = \"b\"\n"
            ));
        }
        let members: Vec<String> = (0..n)
            .map(|i| format!("{{ party = \"p{i}\", votes = {} }}", 1 + (i * 7) % 5))
            .collect();
        let total: usize = (0..n).map(|i| 1 + (i * 7) % 5).sum();
        text.push_str(&format!(
            "[[body]]\nid = \"b\"\nkind = \"board\"\nmembers = [{}]\nsource = \"b\"\n[[agreement]]\nid = \"a\"\nsource = \"b\"\n\
             [[decision]]\nid = \"d\"\nabout = \"agreement\"\nkind = \"amend\"\nrule = {{ weighted = \"b\", threshold = {} }}\nsource = \"b\"\n",
            members.join(", "),
            total * 2 / 3 + 1
        ));
        let model = load(&text);
        let rule = &model.decisions[0].steps[0].rule;
        let t_enumerate = median(3, || {
            let mut found = false;
            for bits in 0u64..(1 << n) {
                if bits & 1 == 0 {
                    let votes = Votes {
                        consents: (0..n).filter(|p| bits & (1 << p) != 0).collect(),
                        present: Default::default(),
                    };
                    found |= vote::passes(&model, rule, None, &votes);
                }
            }
            black_box(found);
        });
        let obligation = check::obligations(&model)
            .into_iter()
            .find(|o| o.rule == "no-decision-without")
            .unwrap();
        let t_solve = median(5, || {
            black_box(toets::logic::solve::solve(&obligation, Default::default()));
        });
        println!(
            "{n:>4} {} {} {:>8.1}",
            ms(t_enumerate),
            ms(t_solve),
            t_enumerate.as_secs_f64() / t_solve.as_secs_f64()
        );
    }

    // Voting power counted by dynamic programming against listing every coalition, on a
    // weighted meeting of n members (1 to 5 votes each, two thirds decide): one member's swings.
    println!(
        "\nequal-power: a member's Banzhaf and Shapley-Shubik index, counted against enumerated"
    );
    println!(
        "{:>5} {:>13} {:>13} {:>8}",
        "n", "enumerate", "count", "ratio"
    );
    for n in [12usize, 16, 20, 22, 100, 401] {
        let weights: Vec<u64> = (0..n).map(|i| 1 + (i * 7 % 5) as u64).collect();
        let total: u64 = weights.iter().sum();
        let game = toets::logic::power::Game::weighted(&weights, total * 2 / 3 + 1);
        let t_count = median(3, || {
            black_box(game.power(0));
        });
        let t_enumerate = (n <= 22).then(|| {
            median(3, || {
                let mut swings = 0u64;
                let mut members = vec![false; n];
                for bits in 0u64..(1 << n) {
                    if bits & 1 == 0 {
                        for (j, m) in members.iter_mut().enumerate() {
                            *m = bits & (1 << j) != 0;
                        }
                        let without = game.wins(&members);
                        members[0] = true;
                        swings += u64::from(game.wins(&members) && !without);
                    }
                }
                black_box(swings);
            })
        });
        match t_enumerate {
            Some(t) => println!(
                "{n:>5} {} {} {:>8.1}",
                ms(t),
                ms(t_count),
                t.as_secs_f64() / t_count.as_secs_f64()
            ),
            None => println!("{n:>5} {:>13} {} {:>8}", "-", ms(t_count), "-"),
        }
    }
    std::fs::remove_dir_all(&dir).unwrap();
}
