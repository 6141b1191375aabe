//! The rest of a random world — its money (tasks, funding, cuts with ranges) and the steps of
//! its process with dates — and the mending that makes a drawn world a valid model: every plan
//! reviewed, every region role a review needs filled, every `at_least` of a review within the
//! voters its regions have.

use super::evaluate::expand;
use super::generate::Rng;
use super::world::*;

pub fn money(w: &mut World, rng: &mut Rng) {
    let municipal: Vec<usize> = (0..w.parties.len())
        .filter(|&p| w.side(p) == Side::Municipal)
        .collect();
    let anyone: Vec<usize> = (0..w.parties.len()).collect();
    let payee = |rng: &mut Rng| {
        if rng.chance(80) {
            rng.pick(&municipal)
        } else {
            rng.pick(&anyone)
        }
    };
    let years = |rng: &mut Rng| {
        let from = rng.range(2024, 2027) as i32;
        let until = rng.chance(40).then(|| rng.range(from as u64, 2028) as i32);
        (from, until)
    };
    for t in 0..rng.range(0, 3) {
        let (from, until) = years(rng);
        w.tasks.push(Money {
            id: format!("task-{t}"),
            party: payee(rng),
            amount: rng.range(1, 10) as i64 * 10,
            up_to: None,
            from,
            until,
        });
    }
    for c in 0..rng.range(0, 2) {
        let (from, until) = years(rng);
        let amount = rng.range(0, 6) as i64 * 10;
        w.cuts.push(Money {
            id: format!("cut-{c}"),
            party: payee(rng),
            amount,
            up_to: rng.chance(50).then(|| amount + rng.range(1, 4) as i64 * 10),
            from,
            until,
        });
    }
    for _ in 0..rng.range(0, 3) {
        let (year, until) = years(rng);
        let structural = rng.chance(75);
        let to = payee(rng);
        w.relations.push(Relation {
            kind: "funds",
            from: Element::Party(0),
            to: Element::Party(to),
            lead: false,
            funding: Some(Funding {
                amount: rng.range(1, 15) as i64 * 10,
                year,
                until: if structural { until } else { None },
                structural,
                stream: rng.pick(&STREAMS),
            }),
        });
    }
    if rng.chance(35) {
        w.years = Some((2024, rng.range(2025, 2031) as i32));
    }
}

pub fn process(w: &mut World, rng: &mut Rng) {
    let base = day_number(2024, 11, 1);
    let by: Vec<usize> = ["vng", "vws", "zn", "municipality-0"]
        .iter()
        .filter_map(|id| w.party(id))
        .collect();
    let kinds = [
        "concept",
        "udo",
        "doorrekening",
        "sustainability-weighing",
        "put-to-members",
        "put-to-members",
        "members-ratification",
        "signing",
        "signing",
        "other",
    ];
    // Half the time the process of the texts, in order, each link kept or dropped; else any
    // steps after any earlier ones.
    let ordered = [
        "concept",
        "udo",
        "doorrekening",
        "sustainability-weighing",
        "put-to-members",
        "members-ratification",
        "signing",
    ];
    let in_order = rng.chance(50);
    let n = match (in_order, rng.chance(10)) {
        (_, true) => 0,
        (true, false) => ordered.len(),
        (false, false) => rng.range(1, 7) as usize,
    };
    for s in 0..n {
        let (kind, by, after) = if in_order {
            let after = if s < 4 || !rng.chance(90) {
                rng.some(&(0..s).collect::<Vec<_>>(), 20)
            } else if s == 4 {
                vec![0, 1, 2, 3]
                    .into_iter()
                    .filter(|_| rng.chance(93))
                    .collect()
            } else {
                vec![s - 1]
            };
            let vng = w.party("vng").filter(|_| s >= 5 && rng.chance(85));
            let kind = ordered.get(s).copied().unwrap_or("other");
            (kind, vng.or_else(|| rng.pick(&by).into()), after)
        } else {
            let earlier: Vec<usize> = (0..s).collect();
            let by = rng.chance(70).then(|| rng.pick(&by));
            (rng.pick(&kinds), by, rng.some(&earlier, 35))
        };
        w.process.push(ProcessStep {
            id: format!("step-{s}"),
            kind,
            by,
            after,
            earliest: rng.chance(25).then(|| base + rng.range(0, 20) as i64),
            deadline: rng.chance(25).then(|| base + rng.range(3, 30) as i64),
            days: if rng.chance(60) {
                rng.range(0, 7) as i64
            } else {
                0
            },
        });
    }
}

/// The region roles a rule names.
fn roles(rule: &Rule, out: &mut Vec<Role>) {
    let mut add = |vs: &[Voter]| {
        for v in vs {
            if let Voter::Role(r) = v {
                if !out.contains(r) {
                    out.push(*r);
                }
            }
        }
    };
    match rule {
        Rule::AllOf(vs) | Rule::AtLeast(_, vs) => add(vs),
        Rule::Veto(holders, inner) => {
            add(holders);
            roles(inner, out);
        }
        Rule::All(rs) | Rule::Any(rs) => rs.iter().for_each(|r| roles(r, out)),
        _ => {}
    }
}

/// Lowers every `at_least` of `rule` (but those that veto holders name) to what `region` has.
fn fit(w: &World, rule: &mut Rule, region: Option<usize>) {
    match rule {
        Rule::AtLeast(k, vs) => {
            let n = expand(w, vs, region).len() as u32;
            *k = (*k).min(n).max(1);
        }
        Rule::Veto(_, inner) => fit(w, inner, region),
        Rule::All(rs) | Rule::Any(rs) => rs.iter_mut().for_each(|r| fit(w, r, region)),
        _ => {}
    }
}

/// Makes the world a valid model where the draw left it one that validation rejects.
pub fn mend(w: &mut World, rng: &mut Rng) {
    let insurers: Vec<usize> = (0..w.parties.len())
        .filter(|&p| w.side(p) == Side::Insurer)
        .collect();
    let municipal: Vec<usize> = (0..w.parties.len())
        .filter(|&p| w.side(p) == Side::Municipal)
        .collect();
    for p in 0..w.plans.len() {
        let stream = w.plans[p].funded_by;
        let mut reviews: Vec<usize> = (0..w.decisions.len())
            .filter(|&d| w.decisions[d].reviews(stream))
            .collect();
        if reviews.is_empty() {
            let d = (0..w.decisions.len())
                .find(|&d| w.decisions[d].about == About::Plans)
                .expect("a world with plans has a review");
            w.decisions[d]
                .funded_by
                .get_or_insert_with(Vec::new)
                .push(stream);
            reviews.push(d);
        }
        let mut needed = Vec::new();
        for &d in &reviews {
            w.decisions[d]
                .steps
                .iter()
                .for_each(|r| roles(r, &mut needed));
        }
        if needed.is_empty() {
            continue;
        }
        if w.plans[p].region.is_none() {
            if w.regions.is_empty() {
                w.regions.push(Region {
                    id: "region-x".into(),
                    ..Region::default()
                });
            }
            w.plans[p].region = Some(0);
        }
        let r = w.plans[p].region.unwrap();
        for role in needed {
            let region = &mut w.regions[r];
            match role {
                Role::MarketLeaders if region.market_leaders.is_empty() => {
                    region.market_leaders.push(rng.pick(&insurers));
                }
                Role::Insurers if region.insurers.is_empty() => {
                    region.insurers.push(rng.pick(&insurers));
                }
                Role::Municipalities if region.municipalities.is_empty() => {
                    region.municipalities.push(rng.pick(&municipal));
                }
                Role::MandateMunicipality if region.mandate.is_none() => {
                    region.mandate = Some(rng.pick(&municipal));
                }
                _ => {}
            }
        }
    }
    for p in 0..w.plans.len() {
        let region = w.plans[p].region;
        for d in 0..w.decisions.len() {
            if w.decisions[d].reviews(w.plans[p].funded_by) {
                let mut steps = std::mem::take(&mut w.decisions[d].steps);
                steps.iter_mut().for_each(|r| fit(w, r, region));
                w.decisions[d].steps = steps;
            }
        }
    }
}
