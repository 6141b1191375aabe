//! Each of the fifteen rules evaluated by brute force over a [`World`]: every coalition and
//! presence of a decision's voters, every chain of relations, every run of the process, every
//! year. Written from docs/rules/*.md and docs/model-language.md, without toets's model, vote,
//! rule or logic code: a mistake there is not repeated here.

use super::world::{Element, Over, Rule, Side, Voter, World};
use std::collections::{BTreeMap, BTreeSet};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Holds,
    Violated,
}

/// A verdict's key: the rule's id and the subject's id (`None`: the model as a whole).
pub type Key = (&'static str, Option<String>);

/// The oracle's verdicts; a rule with nothing to check has none.
pub type Verdicts = BTreeMap<Key, Status>;

/// The sides whose consent a joint review asks for.
const REVIEW_SIDES: [Side; 2] = [Side::Insurer, Side::Municipal];

/// How many votes a brute force may try for one question before the oracle calls the world
/// out of its reach.
pub const MOST_VOTES: u64 = 1 << 20;

/// The parties a list of voters stands for: a body for its members, a role for the parties
/// that fill it in `region` (nobody without a region), each once.
pub fn expand(w: &World, voters: &[Voter], region: Option<usize>) -> Vec<usize> {
    let mut out = Vec::new();
    for voter in voters {
        let parties = match *voter {
            Voter::Party(p) => vec![p],
            Voter::Body(b) => w.bodies[b].members.iter().map(|m| m.0).collect(),
            Voter::Role(role) => region.map_or(Vec::new(), |r| w.regions[r].role(role)),
        };
        for p in parties {
            if !out.contains(&p) {
                out.push(p);
            }
        }
    }
    out
}

/// Who consents and who is there (a party that consents is there).
#[derive(Clone, Copy)]
pub struct Vote {
    pub consents: u128,
    pub present: u128,
}

impl Vote {
    fn yes(&self, p: usize) -> bool {
        self.consents >> p & 1 == 1
    }

    fn here(&self, p: usize) -> bool {
        (self.consents | self.present) >> p & 1 == 1
    }
}

/// Whether `rule` passes under `vote`, roles filled from `region`.
pub fn passes(w: &World, rule: &Rule, region: Option<usize>, vote: &Vote) -> bool {
    let votes_of = |b: usize, f: &dyn Fn(usize) -> bool| -> u64 {
        w.bodies[b]
            .members
            .iter()
            .filter(|m| f(m.0))
            .map(|m| m.1)
            .sum()
    };
    match rule {
        Rule::AllOf(voters) => expand(w, voters, region).iter().all(|&p| vote.yes(p)),
        Rule::AtLeast(k, voters) => {
            let yes = expand(w, voters, region)
                .iter()
                .filter(|&&p| vote.yes(p))
                .count();
            yes >= *k as usize
        }
        Rule::Unanimous(b) => w.bodies[*b].members.iter().all(|m| vote.yes(m.0)),
        Rule::Weighted(b, threshold) => votes_of(*b, &|p| vote.yes(p)) >= *threshold,
        Rule::MajorityOfPresent(b, quorum) => {
            let here = votes_of(*b, &|p| vote.here(p));
            let yes = votes_of(*b, &|p| vote.yes(p));
            here >= *quorum && 2 * yes > here
        }
        Rule::Veto(holders, inner) => {
            expand(w, holders, region).iter().all(|&p| vote.yes(p))
                && passes(w, inner, region, vote)
        }
        Rule::All(rules) => rules.iter().all(|r| passes(w, r, region, vote)),
        Rule::Any(rules) => rules.iter().any(|r| passes(w, r, region, vote)),
    }
}

/// Every party that can change whether `rule` passes in `region`, and whether presence counts.
fn voters(w: &World, rule: &Rule, region: Option<usize>, out: &mut Vec<usize>) -> bool {
    let mut add = |ps: Vec<usize>| {
        for p in ps {
            if !out.contains(&p) {
                out.push(p);
            }
        }
    };
    match rule {
        Rule::AllOf(vs) | Rule::AtLeast(_, vs) => {
            add(expand(w, vs, region));
            false
        }
        Rule::Unanimous(b) | Rule::Weighted(b, _) => {
            add(w.bodies[*b].members.iter().map(|m| m.0).collect());
            false
        }
        Rule::MajorityOfPresent(b, _) => {
            add(w.bodies[*b].members.iter().map(|m| m.0).collect());
            true
        }
        Rule::Veto(holders, inner) => {
            add(expand(w, holders, region));
            voters(w, inner, region, out)
        }
        Rule::All(rules) | Rule::Any(rules) => {
            let mut presence = false;
            for r in rules {
                presence |= voters(w, r, region, out);
            }
            presence
        }
    }
}

/// Every vote of the parties of `rules` (all others refuse and stay away): each consents, or
/// is there without consenting, or (where presence counts) stays away. `None` when there are
/// more than [`MOST_VOTES`].
pub fn all_votes(w: &World, rules: &[&Rule], region: Option<usize>) -> Option<Vec<Vote>> {
    let mut parties = Vec::new();
    let mut presence = false;
    for rule in rules {
        presence |= voters(w, rule, region, &mut parties);
    }
    let states: u64 = if presence { 3 } else { 2 };
    let count = states.checked_pow(parties.len() as u32)?;
    if count > MOST_VOTES {
        return None;
    }
    let mut out = Vec::with_capacity(count as usize);
    for mut n in 0..count {
        let mut vote = Vote {
            consents: 0,
            present: 0,
        };
        for &p in &parties {
            match n % states {
                0 => vote.consents |= 1 << p,
                1 => vote.present |= 1 << p,
                _ => {}
            }
            n /= states;
        }
        if !presence {
            vote.present = u128::MAX;
        }
        out.push(vote);
    }
    Some(out)
}

/// Whether nobody of `side` consents.
fn side_refuses(w: &World, side: Side, vote: &Vote) -> bool {
    (0..w.parties.len()).all(|p| w.side(p) != side || !vote.yes(p))
}

fn status(violated: bool) -> Status {
    if violated {
        Status::Violated
    } else {
        Status::Holds
    }
}

/// What the oracle cannot decide by brute force: a question with too many votes.
#[derive(Debug)]
pub struct OutOfReach(pub String);

/// Every verdict of every rule on `w`.
pub fn verdicts(w: &World) -> Result<Verdicts, OutOfReach> {
    assert!(
        w.parties.len() <= 128,
        "the oracle counts parties in a u128"
    );
    let mut out = Verdicts::new();
    agreements(w, &mut out);
    decisions(w, &mut out)?;
    plans(w, &mut out)?;
    chains(w, &mut out);
    money(w, &mut out);
    process(w, &mut out);
    Ok(out)
}

/// `all-commission`, `equal-rights`, `joint-direction`: per agreement.
fn agreements(w: &World, out: &mut Verdicts) {
    for (a, agreement) in w.agreements.iter().enumerate() {
        let subject = Some(agreement.id.clone());
        let roles: Vec<Option<&String>> = w
            .commissioners
            .iter()
            .map(|&c| {
                agreement
                    .commissioners
                    .iter()
                    .find(|k| k.0 == c)
                    .map(|k| &k.1)
            })
            .collect();
        let all_listed = roles.iter().all(Option::is_some);
        let one_role = roles.windows(2).all(|r| r[0] == r[1]);
        out.insert(
            ("all-commission", subject.clone()),
            status(!(all_listed && one_role)),
        );
        out.insert(("equal-rights", subject.clone()), equal_rights(w, a));
        out.insert(("joint-direction", subject), joint_direction(w, a));
    }
}

/// Whether a right's target is agreement `a` or one of the decisions about it or its process.
fn over(w: &World, target: Over, a: usize) -> bool {
    match target {
        Over::Agreement(x) => x == a,
        Over::Decision(d) => w.decisions[d].over_agreement() == Some(a),
    }
}

fn equal_rights(w: &World, a: usize) -> Status {
    let mut violated = false;
    let rights: Vec<_> = w.rights.iter().filter(|r| over(w, r.over, a)).collect();
    for right in &rights {
        // Per commissioner: holds this right over this target; holds it only as the
        // ministry's system responsibility (a carve-out).
        let held: Vec<(bool, bool)> = w
            .commissioners
            .iter()
            .map(|&c| {
                let same: Vec<_> = rights
                    .iter()
                    .filter(|r| r.holder == c && r.kind == right.kind && r.over == right.over)
                    .collect();
                let holds = !same.is_empty();
                (holds, holds && same.iter().all(|r| r.system_responsibility))
            })
            .collect();
        for &(holds, carved) in &held {
            if holds && !carved && held.iter().any(|h| !h.0) {
                violated = true;
            }
            // The system responsibility does not reach the decisions that make the agreement:
            // no veto or final say over the agreement or a decision about it or its process.
            if carved && matches!(right.kind, "veto" | "final-say") {
                violated = true;
            }
        }
    }
    status(violated)
}

fn joint_direction(w: &World, a: usize) -> Status {
    let directs = |p: usize, lead_only: bool| {
        w.relations.iter().any(|r| {
            r.kind == "directs"
                && r.from == Element::Party(p)
                && r.to == Element::Agreement(a)
                && (r.lead || !lead_only)
        })
    };
    let every_one = w.commissioners.iter().all(|&c| directs(c, false));
    let alone = (0..w.parties.len())
        .any(|p| directs(p, true) && w.commissioners.iter().any(|&c| c != p && !directs(c, true)));
    status(!(every_one && !alone && w.agreements[a].udo))
}

/// `no-decision-without`, `equal-power` and the vote of `chain-approaches`: per decision over
/// an agreement; and the binding prioritisation of `chain-approaches` per agreement.
fn decisions(w: &World, out: &mut Verdicts) -> Result<(), OutOfReach> {
    for (a, agreement) in w.agreements.iter().enumerate() {
        let prioritisations: Vec<usize> = (0..w.decisions.len())
            .filter(|&d| {
                w.decisions[d].kind == "prioritise-chain-approaches"
                    && w.decisions[d].over_agreement() == Some(a)
            })
            .collect();
        let binding = prioritisations
            .iter()
            .any(|&d| w.decisions[d].binding == Some(true));
        out.insert(
            ("chain-approaches", Some(agreement.id.clone())),
            status(!binding),
        );
        for d in prioritisations {
            let decision = &w.decisions[d];
            let rules: Vec<&Rule> = decision.steps.iter().collect();
            let votes = reach(all_votes(w, &rules, None), &decision.id)?;
            let violated = REVIEW_SIDES.iter().any(|&side| {
                votes.iter().any(|v| {
                    side_refuses(w, side, v) && rules.iter().all(|r| passes(w, r, None, v))
                })
            });
            out.insert(
                ("chain-approaches", Some(decision.id.clone())),
                status(violated),
            );
        }
    }
    for decision in &w.decisions {
        if decision.over_agreement().is_none() || w.commissioners.is_empty() {
            continue;
        }
        let rules: Vec<&Rule> = decision.steps.iter().collect();
        let votes = reach(all_votes(w, &rules, None), &decision.id)?;
        let taken = |v: &Vote| rules.iter().all(|r| passes(w, r, None, v));
        let without = w
            .commissioners
            .iter()
            .any(|&c| votes.iter().any(|v| !v.yes(c) && taken(v)));
        let subject = Some(decision.id.clone());
        out.insert(("no-decision-without", subject.clone()), status(without));
        if w.commissioners.len() >= 2 {
            out.insert(("equal-power", subject), equal_power(w, &rules, &votes));
        }
    }
    Ok(())
}

fn reach(votes: Option<Vec<Vote>>, what: &str) -> Result<Vec<Vote>, OutOfReach> {
    votes.ok_or_else(|| OutOfReach(format!("too many votes for `{what}`")))
}

/// Whether some two commissioners are not interchangeable: with every voter there, some
/// coalition of the others passes the decision with the one and not with the other.
fn equal_power(w: &World, rules: &[&Rule], votes: &[Vote]) -> Status {
    let taken = |v: &Vote| rules.iter().all(|r| passes(w, r, None, v));
    let everyone = u128::MAX;
    for &a in &w.commissioners {
        for &b in &w.commissioners {
            if a == b {
                continue;
            }
            let unequal = votes.iter().any(|v| {
                let others = v.consents & !(1 << a) & !(1 << b);
                let with_a = Vote {
                    consents: others | 1 << a,
                    present: everyone,
                };
                let with_b = Vote {
                    consents: others | 1 << b,
                    present: everyone,
                };
                taken(&with_a) && !taken(&with_b)
            });
            if unequal {
                return Status::Violated;
            }
        }
    }
    Status::Holds
}

/// Whether some step of `decisions` passes in `region` with nobody of `side` consenting.
fn passes_without(
    w: &World,
    decisions: &[usize],
    region: Option<usize>,
    side: Side,
) -> Result<bool, OutOfReach> {
    for &d in decisions {
        for rule in &w.decisions[d].steps {
            let votes = reach(all_votes(w, &[rule], region), &w.decisions[d].id)?;
            if votes
                .iter()
                .any(|v| side_refuses(w, side, v) && passes(w, rule, region, v))
            {
                return Ok(true);
            }
        }
    }
    Ok(false)
}

/// `joint-review` per plan, `money-no-exemption` per region, `review-coverage` per region
/// with plans, `mandate-structure` per region with a mandaatgemeente.
fn plans(w: &World, out: &mut Verdicts) -> Result<(), OutOfReach> {
    for plan in &w.plans {
        let reviews: Vec<usize> = (0..w.decisions.len())
            .filter(|&d| w.decisions[d].reviews(plan.funded_by))
            .collect();
        let mut violated = false;
        for side in REVIEW_SIDES {
            violated |= passes_without(w, &reviews, plan.region, side)?;
        }
        out.insert(("joint-review", Some(plan.id.clone())), status(violated));
    }
    let regions: Vec<Option<usize>> = if w.regions.is_empty() {
        vec![None]
    } else {
        (0..w.regions.len()).map(Some).collect()
    };
    for region in regions {
        let mut covered = false;
        let mut violated = false;
        for stream in super::world::STREAMS {
            let reviews: Vec<usize> = (0..w.decisions.len())
                .filter(|&d| w.decisions[d].reviews(stream))
                .collect();
            if reviews.is_empty() {
                continue;
            }
            covered = true;
            for side in REVIEW_SIDES {
                violated |= passes_without(w, &reviews, region, side)?;
            }
        }
        if covered {
            let subject = region.map(|r| w.regions[r].id.clone());
            out.insert(("money-no-exemption", subject), status(violated));
        }
    }
    for (r, region) in w.regions.iter().enumerate() {
        if w.plans.iter().any(|p| p.region == Some(r)) {
            let members: Vec<usize> = region.review_body.map_or(Vec::new(), |b| {
                w.bodies[b].members.iter().map(|m| m.0).collect()
            });
            let both = REVIEW_SIDES
                .iter()
                .all(|&side| members.iter().any(|&p| w.side(p) == side));
            out.insert(("review-coverage", Some(region.id.clone())), status(!both));
        }
        if let Some(g) = region.mandate {
            let all = region.municipalities.iter().filter(|&&m| m != g).all(|&m| {
                w.relations.iter().any(|r| {
                    r.kind == "mandates" && r.from == Element::Party(m) && r.to == Element::Party(g)
                })
            });
            out.insert(("mandate-structure", Some(region.id.clone())), status(!all));
        }
    }
    Ok(())
}

/// The elements from which `start` is reached by following `next`, `start` left out unless
/// a cycle returns to it.
fn reached(start: Element, next: &dyn Fn(Element) -> Vec<Element>) -> BTreeSet<Element> {
    let mut seen = BTreeSet::new();
    let mut stack = next(start);
    while let Some(e) = stack.pop() {
        if seen.insert(e) {
            stack.extend(next(e));
        }
    }
    seen
}

/// `no-subordination` and `budget-autonomy`: one verdict each for the whole model.
fn chains(w: &World, out: &mut Verdicts) {
    // Each relation read from superior to subordinate.
    let below = |e: Element| -> Vec<Element> {
        w.relations
            .iter()
            .filter_map(|r| match r.kind {
                "instructs" | "approves-budget-of" if r.from == e => Some(r.to),
                "accountable-to" if r.to == e => Some(r.from),
                _ => None,
            })
            .collect()
    };
    if w.commissioners.len() >= 2 {
        let under = w.commissioners.iter().any(|&top| {
            let down = reached(Element::Party(top), &below);
            w.commissioners
                .iter()
                .any(|&c| c != top && down.contains(&Element::Party(c)))
        });
        out.insert(("no-subordination", None), status(under));
    }
    // A chain: instructs relations, then one approves-budget-of relation to a municipality,
    // started by a party other than the municipality.
    let mut violated = false;
    for m in 0..w.parties.len() {
        if w.parties[m].kind != "municipality" {
            continue;
        }
        let approvers: Vec<Element> = w
            .relations
            .iter()
            .filter(|r| r.kind == "approves-budget-of" && r.to == Element::Party(m))
            .map(|r| r.from)
            .collect();
        let instructing = |e: Element| -> Vec<Element> {
            w.relations
                .iter()
                .filter(|r| r.kind == "instructs" && r.to == e)
                .map(|r| r.from)
                .collect()
        };
        for approver in approvers {
            let mut chain = reached(approver, &instructing);
            chain.insert(approver);
            if chain
                .iter()
                .any(|&e| matches!(e, Element::Party(p) if p != m))
            {
                violated = true;
            }
        }
    }
    out.insert(("budget-autonomy", None), status(violated));
}

/// `money-balance`: per year.
fn money(w: &World, out: &mut Verdicts) {
    if w.tasks.is_empty() && w.cuts.is_empty() {
        return;
    }
    let municipal = |p: usize| w.side(p) == Side::Municipal;
    let funds: Vec<_> = w
        .relations
        .iter()
        .filter(|r| r.kind == "funds")
        .filter(|r| matches!(r.to, Element::Party(p) if municipal(p)))
        .filter_map(|r| r.funding.as_ref())
        .filter(|f| f.structural)
        .collect();
    let years = w.years.or_else(|| {
        let named: Vec<i32> = w
            .tasks
            .iter()
            .chain(&w.cuts)
            .flat_map(|m| [Some(m.from), m.until])
            .chain(funds.iter().flat_map(|f| [Some(f.year), f.until]))
            .flatten()
            .collect();
        Some((*named.iter().min()?, *named.iter().max()?))
    });
    let Some((first, last)) = years else { return };
    let runs = |from: i32, until: Option<i32>, y: i32| from <= y && until.is_none_or(|u| y <= u);
    for year in first..=last {
        let money: i64 = funds
            .iter()
            .filter(|f| runs(f.year, f.until, year))
            .map(|f| f.amount)
            .sum();
        let costs: i64 = w
            .tasks
            .iter()
            .filter(|t| municipal(t.party) && runs(t.from, t.until, year))
            .map(|t| t.amount)
            .sum();
        let cuts: Vec<(i64, i64)> = w
            .cuts
            .iter()
            .filter(|c| municipal(c.party) && runs(c.from, c.until, year))
            .map(|c| (c.amount, c.up_to.unwrap_or(c.amount).max(c.amount)))
            .collect();
        // Every cut at the bottom or the top of its range.
        let short = (0..1u32 << cuts.len()).any(|top| {
            let cut: i64 = cuts
                .iter()
                .enumerate()
                .map(|(i, &(low, high))| if top >> i & 1 == 1 { high } else { low })
                .sum();
            costs + cut > money
        });
        out.insert(("money-balance", Some(year.to_string())), status(short));
    }
}

/// `process-order` per gated step, `process-schedule` for the whole process.
fn process(w: &World, out: &mut Verdicts) {
    let steps = &w.process;
    let n = steps.len();
    assert!(n <= 16, "the oracle tries every run of at most 16 steps");
    // Every run: a set of done steps in which each done step's `after`s are done.
    let runs: Vec<u32> = (0..1u32 << n)
        .filter(|run| {
            (0..n).all(|s| run >> s & 1 == 0 || steps[s].after.iter().all(|&p| run >> p & 1 == 1))
        })
        .collect();
    for (g, gated) in steps.iter().enumerate() {
        let association = gated
            .by
            .is_some_and(|p| w.parties[p].kind == "municipalities-association");
        let needs: &[&str] = match gated.kind {
            "put-to-members" => &["concept", "udo", "doorrekening", "sustainability-weighing"],
            "signing" if association => &["members-ratification"],
            _ => continue,
        };
        let violated = needs.iter().any(|&kind| {
            runs.iter().any(|run| {
                run >> g & 1 == 1
                    && (0..n).all(|s| {
                        run >> s & 1 == 0
                            || steps[s].kind != kind
                            || (kind == "members-ratification" && steps[s].by != gated.by)
                    })
            })
        });
        out.insert(("process-order", Some(gated.id.clone())), status(violated));
    }
    if steps
        .iter()
        .all(|s| s.earliest.is_none() && s.deadline.is_none())
    {
        return;
    }
    // The earliest start of each step; a schedule meets every date exactly when the earliest
    // one does, since every constraint but the deadlines only bounds a start from below.
    let mut start: Vec<Option<i64>> = vec![None; n];
    while start.iter().any(Option::is_none) {
        for s in 0..n {
            if start[s].is_some() || steps[s].after.iter().any(|&p| start[p].is_none()) {
                continue;
            }
            let after = steps[s]
                .after
                .iter()
                .map(|&p| start[p].unwrap() + steps[p].days);
            start[s] = Some(after.chain(steps[s].earliest).max().unwrap_or(i64::MIN / 4));
        }
    }
    let late = (0..n).any(|s| {
        steps[s]
            .deadline
            .is_some_and(|d| start[s].unwrap() + steps[s].days > d)
    });
    out.insert(("process-schedule", None), status(late));
}
