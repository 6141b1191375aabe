//! Small random worlds that are valid models: parties on every side, bodies with weighted
//! members and chairs, one or two agreements with their commissioners, relations of every
//! kind, rights (some held as the ministry's system responsibility), regions with their roles,
//! plans, decisions with rules in every form (nested, with vetoes, quorums and region roles),
//! tasks, funding, cuts with ranges, and process steps with dates and `after`s. Drawn from a
//! seed, then mended where validation would reject them (a plan no decision reviews, a role a
//! review needs left empty), so that almost every world is a model.

use super::evaluate::expand;
use super::world::*;

/// A small seeded random number generator (xorshift64*).
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        let mut rng = Rng(seed.wrapping_mul(0x2545_F491_4F6C_DD1D) | 1);
        for _ in 0..4 {
            rng.next();
        }
        rng
    }

    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `low..=high`.
    pub fn range(&mut self, low: u64, high: u64) -> u64 {
        low + self.next() % (high - low + 1)
    }

    /// True with probability `percent` in 100.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    pub fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.range(0, items.len() as u64 - 1) as usize]
    }

    /// Some of `items` (each with probability `percent`), in their order.
    pub fn some<T: Copy>(&mut self, items: &[T], percent: u64) -> Vec<T> {
        items
            .iter()
            .copied()
            .filter(|_| self.chance(percent))
            .collect()
    }
}

fn party(w: &mut World, id: String, kind: &'static str, side: Option<Side>) -> usize {
    w.parties.push(Party { id, kind, side });
    w.parties.len() - 1
}

/// The parties of a world: the three commissioners, insurers, municipalities, and some
/// others, one of which may sit on a side its kind does not give it.
fn parties(w: &mut World, rng: &mut Rng) {
    party(w, "vws".into(), "ministry", None);
    party(w, "zn".into(), "insurers-association", None);
    party(w, "vng".into(), "municipalities-association", None);
    for i in 0..rng.range(1, 3) {
        party(w, format!("insurer-{i}"), "insurer", None);
    }
    for i in 0..rng.range(1, 3) {
        party(w, format!("municipality-{i}"), "municipality", None);
    }
    // Now and then a party on another side than its kind gives it: the rules that ask for a
    // kind (a municipality's budget, an association's signature) and those that ask for a
    // side (joint review, money to the municipal side) then part ways.
    if rng.chance(12) {
        let p = rng.pick(&[1, 2, w.parties.len() - 1]);
        w.parties[p].side = Some(rng.pick(&[Side::Other, Side::State, Side::Provider]));
    }
    if rng.chance(40) {
        party(w, "provider-0".into(), "provider", None);
    }
    if rng.chance(40) {
        let kind = rng.pick(&["authority", "patients", "other", "providers-association"]);
        let side = rng.chance(50).then(|| rng.pick(&Side::ALL));
        party(w, "other-0".into(), kind, side);
    }
    w.commissioners = match rng.range(0, 9) {
        0 => vec![0, 1],
        1 => vec![0, 1, 2, 3],
        2 => vec![1, 2, 0],
        _ => vec![0, 1, 2],
    };
}

fn of_side(w: &World, side: Side) -> Vec<usize> {
    (0..w.parties.len())
        .filter(|&p| w.side(p) == side)
        .collect()
}

fn of_kind(w: &World, kind: &str) -> Vec<usize> {
    (0..w.parties.len())
        .filter(|&p| w.parties[p].kind == kind)
        .collect()
}

fn bodies(w: &mut World, rng: &mut Rng) {
    let kinds = [
        "board",
        "steering-group",
        "review-committee",
        "members-meeting",
        "other",
    ];
    let all: Vec<usize> = (0..w.parties.len()).collect();
    for b in 0..rng.range(1, 3) {
        let mut members = rng.some(&all, 45);
        if members.is_empty() {
            members.push(rng.pick(&all));
        }
        let members: Vec<(usize, u64)> = members
            .into_iter()
            .map(|p| (p, if rng.chance(60) { 1 } else { rng.range(0, 3) }))
            .collect();
        let chair = rng.chance(40).then(|| rng.pick(&members).0);
        w.bodies.push(Body {
            id: format!("body-{b}"),
            kind: rng.pick(&kinds),
            members,
            chair,
        });
    }
    // A board of the commissioners, with votes that may differ.
    let members = w
        .commissioners
        .iter()
        .map(|&c| (c, if rng.chance(70) { 2 } else { rng.range(1, 3) }))
        .collect();
    w.bodies.push(Body {
        id: "board".into(),
        kind: "board",
        members,
        chair: rng.chance(50).then_some(0),
    });
}

fn agreements(w: &mut World, rng: &mut Rng) {
    for a in 0..if rng.chance(55) { 2 } else { 1 } {
        let mut commissioners = Vec::new();
        for &c in &w.commissioners.clone() {
            if rng.chance(92) {
                let role = if rng.chance(8) {
                    "mede-opdrachtgever"
                } else {
                    "opdrachtgever"
                };
                commissioners.push((c, role.to_string()));
            }
        }
        if rng.chance(10) {
            let other = w.parties.len() - 1;
            if !commissioners.iter().any(|k| k.0 == other) {
                commissioners.push((other, "opdrachtgever".into()));
            }
        }
        w.agreements.push(Agreement {
            id: format!("agreement-{a}"),
            udo: rng.chance(80),
            commissioners,
        });
    }
}

fn relation(w: &mut World, kind: &'static str, from: Element, to: Element) {
    w.relations.push(Relation {
        kind,
        from,
        to,
        lead: false,
        funding: None,
    });
}

/// Any element but a party, now and then; mostly a party.
fn element(w: &World, rng: &mut Rng) -> Element {
    let p = rng.range(0, w.parties.len() as u64 - 1) as usize;
    match rng.range(0, 9) {
        0 if !w.bodies.is_empty() => {
            Element::Body(rng.range(0, w.bodies.len() as u64 - 1) as usize)
        }
        1 if !w.regions.is_empty() => Element::Region(0),
        2 if !w.plans.is_empty() => Element::Plan(0),
        3 => Element::Agreement(0),
        _ => Element::Party(p),
    }
}

fn relations(w: &mut World, rng: &mut Rng) {
    for a in 0..w.agreements.len() {
        for &c in &w.commissioners.clone() {
            if rng.chance(88) {
                relation(w, "directs", Element::Party(c), Element::Agreement(a));
                if rng.chance(15) {
                    w.relations.last_mut().unwrap().lead = true;
                }
            }
        }
        if rng.chance(8) {
            let other = rng.range(3, w.parties.len() as u64 - 1) as usize;
            relation(w, "directs", Element::Party(other), Element::Agreement(a));
            w.relations.last_mut().unwrap().lead = rng.chance(70);
        }
    }
    // Chains that may put one element under another, or reach a municipality's budget.
    for _ in 0..rng.range(0, 4) {
        let kind = rng.pick(&[
            "instructs",
            "instructs",
            "accountable-to",
            "approves-budget-of",
        ]);
        let (from, to) = (element(w, rng), element(w, rng));
        if from != to {
            relation(w, kind, from, to);
        }
    }
    let municipalities = of_kind(w, "municipality");
    if rng.chance(30) {
        let m = rng.pick(&municipalities);
        let from = if rng.chance(50) {
            Element::Party(m)
        } else {
            element(w, rng)
        };
        relation(w, "approves-budget-of", from, Element::Party(m));
    }
    for kind in ["represents", "member-of", "commissions"] {
        if rng.chance(15) {
            let (from, to) = (element(w, rng), element(w, rng));
            if from != to {
                relation(w, kind, from, to);
            }
        }
    }
}

fn rights(w: &mut World, rng: &mut Rng) {
    for _ in 0..rng.range(0, 4) {
        let kind = rng.pick(&RIGHT_KINDS);
        let over = if !w.decisions.is_empty() && rng.chance(50) {
            Over::Decision(rng.range(0, w.decisions.len() as u64 - 1) as usize)
        } else {
            Over::Agreement(rng.range(0, w.agreements.len() as u64 - 1) as usize)
        };
        let holders = if rng.chance(45) {
            w.commissioners.clone()
        } else {
            let all: Vec<usize> = (0..w.parties.len()).collect();
            let mut some = rng.some(&w.commissioners.clone(), 40);
            if rng.chance(15) {
                some.push(rng.pick(&all));
            }
            some
        };
        for holder in holders {
            let ministry = w.parties[holder].kind == "ministry";
            w.rights.push(Right {
                holder,
                kind,
                over,
                system_responsibility: ministry && rng.chance(35),
            });
        }
    }
}

fn regions(w: &mut World, rng: &mut Rng) {
    let insurers = of_side(w, Side::Insurer);
    let municipal = of_side(w, Side::Municipal);
    for r in 0..rng.range(0, 2) as usize {
        let municipalities = rng.some(&municipal, 60);
        let mandate =
            (!municipalities.is_empty() && rng.chance(50)).then(|| rng.pick(&municipalities));
        let review_body = rng
            .chance(75)
            .then(|| rng.range(0, w.bodies.len() as u64 - 1) as usize);
        w.regions.push(Region {
            id: format!("region-{r}"),
            market_leaders: rng.some(&insurers, 50),
            insurers: rng.some(&insurers, 60),
            municipalities,
            mandate,
            review_body,
        });
        if let Some(g) = mandate {
            for m in w.regions[r].municipalities.clone() {
                if m != g && rng.chance(75) {
                    let kind = if rng.chance(85) {
                        "mandates"
                    } else {
                        "represents"
                    };
                    relation(w, kind, Element::Party(m), Element::Party(g));
                }
            }
        }
    }
    let streams = ["zvw", "zvw", "state-budget", "municipal-fund", "wlz"];
    for p in 0..rng.range(0, 3) {
        let region = (!w.regions.is_empty() && rng.chance(90))
            .then(|| rng.range(0, w.regions.len() as u64 - 1) as usize);
        w.plans.push(Plan {
            id: format!("plan-{p}"),
            region,
            funded_by: rng.pick(&streams),
        });
    }
}

/// A list of one to three distinct voters from `pool`, the parties before the bodies so that
/// no party is named after a body that holds it.
fn voter_list(rng: &mut Rng, pool: &[Voter]) -> Vec<Voter> {
    let mut out: Vec<Voter> = Vec::new();
    for _ in 0..rng.range(1, 3) {
        let v = rng.pick(pool);
        if !out.contains(&v) {
            out.push(v);
        }
    }
    out.sort_by_key(|v| matches!(v, Voter::Body(_)));
    out
}

/// A rule over `pool` (and the bodies), nested up to `depth`, that some coalition meets and
/// none passes without consent.
fn rule(w: &World, rng: &mut Rng, pool: &[Voter], depth: u32) -> Rule {
    let b = rng.range(0, w.bodies.len() as u64 - 1) as usize;
    let total = w.bodies[b].total();
    let form = rng.range(0, if depth == 0 { 5 } else { 8 });
    match form {
        0 | 1 => Rule::AllOf(voter_list(rng, pool)),
        2 => {
            let vs = voter_list(rng, pool);
            let n = expand(w, &vs, None).len().max(1) as u64;
            let has_roles = vs.iter().any(|v| matches!(v, Voter::Role(_)));
            let k = if has_roles {
                rng.range(1, 2)
            } else {
                rng.range(1, n)
            };
            Rule::AtLeast(k as u32, vs)
        }
        3 if total > 0 => Rule::Weighted(b, rng.range(1, total)),
        4 if total > 0 => Rule::MajorityOfPresent(b, rng.range(0, total)),
        3 | 4 => Rule::Unanimous(b),
        5 => Rule::Unanimous(b),
        6 => Rule::Veto(
            voter_list(rng, pool)[..1].to_vec(),
            Box::new(rule(w, rng, pool, depth - 1)),
        ),
        _ => {
            let rules = (0..rng.range(2, 3))
                .map(|_| rule(w, rng, pool, depth - 1))
                .collect();
            if rng.chance(50) {
                Rule::All(rules)
            } else {
                Rule::Any(rules)
            }
        }
    }
}

fn decision(w: &mut World, rng: &mut Rng, about: About, kind: &'static str, pool: &[Voter]) {
    let single = rng.chance(60);
    let steps = (0..if single { 1 } else { rng.range(1, 3) })
        .map(|_| {
            let depth = rng.range(0, 2) as u32;
            rule(w, rng, pool, depth)
        })
        .collect();
    let binding = if kind == "prioritise-chain-approaches" || rng.chance(20) {
        Some(rng.chance(70))
    } else {
        None
    };
    let funded_by = (about == About::Plans && rng.chance(50)).then(|| {
        let mut streams = rng.some(&["zvw", "state-budget", "municipal-fund", "wlz"], 50);
        if streams.is_empty() {
            streams.push("zvw");
        }
        streams
    });
    w.decisions.push(Decision {
        id: format!("decision-{}", w.decisions.len()),
        about,
        kind,
        funded_by,
        binding,
        taken_by: rng
            .chance(30)
            .then(|| rng.range(0, w.bodies.len() as u64 - 1) as usize),
        steps,
        single,
    });
}

fn decisions(w: &mut World, rng: &mut Rng) {
    let parties: Vec<Voter> = (0..w.parties.len()).map(Voter::Party).collect();
    let bodies: Vec<Voter> = (0..w.bodies.len()).map(Voter::Body).collect();
    let commissioners: Vec<Voter> = w.commissioners.iter().map(|&c| Voter::Party(c)).collect();
    let mut agreement_pool = commissioners.clone();
    agreement_pool.extend(commissioners.iter().copied());
    agreement_pool.extend(rng.some(&parties, 40));
    agreement_pool.extend(rng.some(&bodies, 60));
    let kinds = [
        "adopt",
        "amend",
        "end",
        "set-up-process",
        "steer-execution",
        "other",
    ];
    let (ordinary, prioritising) = (rng.range(1, 2), rng.range(0, 2));
    for n in 0..ordinary + prioritising {
        let a = rng.range(0, w.agreements.len() as u64 - 1) as usize;
        let about = if rng.chance(55) {
            About::Agreement(a)
        } else {
            About::Process(a)
        };
        let kind = if n < ordinary {
            rng.pick(&kinds)
        } else {
            "prioritise-chain-approaches"
        };
        decision(w, rng, about, kind, &agreement_pool);
    }
    let mut plan_pool: Vec<Voter> = Role::ALL.iter().map(|&r| Voter::Role(r)).collect();
    plan_pool.extend(Role::ALL.iter().map(|&r| Voter::Role(r)));
    plan_pool.extend(rng.some(&parties, 30));
    plan_pool.extend(rng.some(&bodies, 30));
    let reviews = if w.plans.is_empty() {
        rng.range(0, 1)
    } else {
        rng.range(1, 2)
    };
    for _ in 0..reviews {
        decision(w, rng, About::Plans, "review-plan", &plan_pool);
    }
}

/// A world drawn from `seed`.
pub fn world(seed: u64) -> World {
    let mut rng = Rng::new(seed);
    let mut w = World::default();
    parties(&mut w, &mut rng);
    bodies(&mut w, &mut rng);
    agreements(&mut w, &mut rng);
    regions(&mut w, &mut rng);
    decisions(&mut w, &mut rng);
    relations(&mut w, &mut rng);
    rights(&mut w, &mut rng);
    super::mend::money(&mut w, &mut rng);
    super::mend::process(&mut w, &mut rng);
    super::mend::mend(&mut w, &mut rng);
    w
}
