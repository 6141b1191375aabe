//! Voting power, measured exactly: the Banzhaf and Shapley–Shubik indices of the parties of a
//! decision, counted by dynamic programming over the weights its rules add up.
//!
//! A decision is read as a simple game: each of its voters consents or not, every voter takes
//! part (a quorum is met when the votes of all members meet it), and the decision passes when
//! every step passes. A rule becomes a tree of *thresholds* (a set of weights and the sum they
//! must reach: `all_of` is a threshold of one vote each reached by all, `at_least` one reached
//! by `count`, `weighted` the body's votes and its threshold, a majority of those present more
//! than half of all votes) joined by *and* and *or*. Counting the coalitions that win goes
//! voter by voter, keeping for each threshold the sum reached so far, cut off at the threshold
//! (beyond it, more weight changes nothing): the number of states is bounded by the product of
//! the thresholds plus one, not by the 2ⁿ coalitions. Counts are exact integers.
//!
//! For party `i` and the other voters `S`, a *swing* is a coalition `S` that loses without `i`
//! and wins with it. The Banzhaf index of `i` is its number of swings (over `2ⁿ⁻¹`); the
//! Shapley–Shubik index is `Σ_S |S|!·(n−|S|−1)!/n!` over its swings, an exact fraction.

use crate::logic::vote;
use crate::model::{Decision, Model, PartyId, Rule};
use num_bigint::BigUint;
use num_integer::Integer as _;
use num_traits::{One as _, Zero as _};
use std::collections::HashMap;

/// The most work (additions of counts) one voter's count may take before it gives up: beyond
/// it, weights are too many and too varied to count exactly in reasonable time. A meeting of
/// 401 members with one vote each takes 3·10⁷.
pub const MAX_WORK: u64 = 100_000_000;

/// A decision as a simple game over its voters.
#[derive(Clone, Debug)]
pub struct Game {
    /// The parties, by voter index.
    pub voters: Vec<PartyId>,
    /// The voter index of each party.
    index: HashMap<PartyId, usize>,
    thresholds: Vec<Threshold>,
    root: Node,
}

#[derive(Clone, Debug)]
struct Threshold {
    /// The weight of each voter, by voter index.
    weights: Vec<u64>,
    /// The sum the consenting voters' weights must reach.
    reach: u64,
}

#[derive(Clone, Debug)]
enum Node {
    Const(bool),
    Threshold(usize),
    And(Vec<Node>),
    Or(Vec<Node>),
}

/// The voting power of one voter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Power {
    /// The coalitions of the other voters for which this voter is a swing.
    pub swings: BigUint,
    /// Of those, how many have `k` members, by `k`.
    pub swings_by_size: Vec<BigUint>,
    /// The Shapley–Shubik index as a fraction in lowest terms: (numerator, denominator).
    pub shapley_shubik: (BigUint, BigUint),
}

impl Game {
    /// The game a decision over the agreement plays: its steps' rules, over their voters.
    pub fn of_decision(model: &Model, decision: &Decision) -> Game {
        let mut voters = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for step in &decision.steps {
            for p in vote::voters_of(model, &step.rule, None) {
                if seen.insert(p) {
                    voters.push(p);
                }
            }
        }
        let index = voters.iter().enumerate().map(|(i, &p)| (p, i)).collect();
        let mut game = Game {
            voters,
            index,
            thresholds: Vec::new(),
            root: Node::Const(true),
        };
        let steps = decision
            .steps
            .iter()
            .map(|s| game.node(model, &s.rule))
            .collect();
        game.root = Node::And(steps);
        game
    }

    /// A weighted game `[quota; w₁, …, wₙ]`: a coalition wins when its weights reach `quota`.
    /// The voters are numbered `0..n`.
    pub fn weighted(weights: &[u64], quota: u64) -> Game {
        Game {
            voters: (0..weights.len()).collect(),
            index: (0..weights.len()).map(|i| (i, i)).collect(),
            thresholds: vec![Threshold {
                weights: weights.to_vec(),
                reach: quota,
            }],
            root: Node::Threshold(0),
        }
    }

    fn threshold(
        &mut self,
        weighted: impl IntoIterator<Item = (PartyId, u64)>,
        reach: u64,
    ) -> Node {
        if reach == 0 {
            return Node::Const(true);
        }
        let mut weights = vec![0u64; self.voters.len()];
        for (party, weight) in weighted {
            if let Some(&i) = self.index.get(&party) {
                weights[i] = weights[i].saturating_add(weight);
            }
        }
        self.thresholds.push(Threshold { weights, reach });
        Node::Threshold(self.thresholds.len() - 1)
    }

    fn node(&mut self, model: &Model, rule: &Rule) -> Node {
        match rule {
            Rule::AllOf(voters) => {
                let parties = vote::expand(voters, None);
                let n = parties.len() as u64;
                self.threshold(parties.into_iter().map(|p| (p, 1)), n)
            }
            Rule::AtLeast { count, of } => {
                let parties = vote::expand(of, None);
                self.threshold(parties.into_iter().map(|p| (p, 1)), u64::from(*count))
            }
            Rule::Weighted { body, threshold } => {
                let members = &model.bodies[*body].members;
                self.threshold(
                    members.iter().map(|m| (m.party, u64::from(m.votes))),
                    *threshold,
                )
            }
            Rule::MajorityOfPresent { body, quorum } => {
                let total = model.bodies[*body].total_votes();
                if total < *quorum {
                    return Node::Const(false);
                }
                let members = &model.bodies[*body].members;
                self.threshold(
                    members.iter().map(|m| (m.party, u64::from(m.votes))),
                    total / 2 + 1,
                )
            }
            Rule::Veto { holders, rule } => {
                let parties = vote::expand(holders, None);
                let n = parties.len() as u64;
                let holders = self.threshold(parties.into_iter().map(|p| (p, 1)), n);
                Node::And(vec![holders, self.node(model, rule)])
            }
            Rule::AllRules(rules) => Node::And(rules.iter().map(|r| self.node(model, r)).collect()),
            Rule::AnyRule(rules) => Node::Or(rules.iter().map(|r| self.node(model, r)).collect()),
        }
    }

    /// Whether the coalition of voters marked in `members` wins.
    pub fn wins(&self, members: &[bool]) -> bool {
        let sums: Vec<u64> = self
            .thresholds
            .iter()
            .map(|t| {
                t.weights
                    .iter()
                    .zip(members)
                    .filter(|(_, in_it)| **in_it)
                    .map(|(w, _)| *w)
                    .fold(0u64, u64::saturating_add)
            })
            .collect();
        self.reached(&sums)
    }

    fn reached(&self, sums: &[u64]) -> bool {
        fn eval(node: &Node, thresholds: &[Threshold], sums: &[u64]) -> bool {
            match node {
                Node::Const(b) => *b,
                Node::Threshold(t) => sums[*t] >= thresholds[*t].reach,
                Node::And(parts) => parts.iter().all(|p| eval(p, thresholds, sums)),
                Node::Or(parts) => parts.iter().any(|p| eval(p, thresholds, sums)),
            }
        }
        eval(&self.root, &self.thresholds, sums)
    }

    /// The power of voter `i` (an index into `voters`), or `None` when counting would take
    /// more than [`MAX_WORK`].
    pub fn power(&self, i: usize) -> Option<Power> {
        let n = self.voters.len();
        // The coalitions of the other voters, by the sums they reach (each cut off at its
        // threshold), counted by size.
        let mut states: HashMap<Vec<u64>, Vec<BigUint>> = HashMap::new();
        states.insert(vec![0; self.thresholds.len()], vec![BigUint::one()]);
        // Voters with the same weight in every threshold are alike: `t` of `m` of them join
        // in `C(m, t)` ways, so each kind of voter is one step of the count.
        let mut kinds: Vec<(Vec<u64>, usize)> = Vec::new();
        for j in (0..n).filter(|&j| j != i) {
            let weights: Vec<u64> = self.thresholds.iter().map(|t| t.weights[j]).collect();
            match kinds.iter_mut().find(|(w, _)| *w == weights) {
                Some((_, m)) => *m += 1,
                None => kinds.push((weights, 1)),
            }
        }
        let mut work = 0u64;
        for (weights, m) in kinds {
            let choose = binomials(m);
            work += states
                .values()
                .map(|by_size| by_size.len() as u64)
                .sum::<u64>()
                * (m as u64 + 1);
            if work > MAX_WORK {
                return None;
            }
            let mut next: HashMap<Vec<u64>, Vec<BigUint>> = HashMap::with_capacity(states.len());
            for (sums, by_size) in states {
                for (t, ways) in choose.iter().enumerate() {
                    let joined: Vec<u64> = sums
                        .iter()
                        .zip(&weights)
                        .zip(&self.thresholds)
                        .map(|((s, w), th)| {
                            s.saturating_add(w.saturating_mul(t as u64)).min(th.reach)
                        })
                        .collect();
                    let scaled: Vec<BigUint> = by_size.iter().map(|c| c * ways).collect();
                    add_shifted(next.entry(joined).or_default(), &scaled, t);
                }
            }
            states = next;
        }
        let mut swings_by_size = vec![BigUint::zero(); n.max(1)];
        for (sums, by_size) in &states {
            if !self.reached(sums) && self.reached(&self.add(sums, i)) {
                add_shifted(&mut swings_by_size, by_size, 0);
            }
        }
        let swings = swings_by_size.iter().sum();
        let factorial = factorials(n);
        let numerator: BigUint = swings_by_size
            .iter()
            .enumerate()
            .map(|(k, count)| count * &factorial[k] * &factorial[n - 1 - k])
            .sum();
        let denominator = factorial[n].clone();
        let gcd = numerator.gcd(&denominator);
        let shapley_shubik = if gcd.is_zero() {
            (numerator, denominator)
        } else {
            (&numerator / &gcd, &denominator / &gcd)
        };
        Some(Power {
            swings,
            swings_by_size,
            shapley_shubik,
        })
    }

    /// `sums` with voter `j` joined, each sum cut off at its threshold.
    fn add(&self, sums: &[u64], j: usize) -> Vec<u64> {
        sums.iter()
            .zip(&self.thresholds)
            .map(|(s, t)| s.saturating_add(t.weights[j]).min(t.reach))
            .collect()
    }
}

/// `into[k + shift] += from[k]` for every `k`, growing `into` as needed.
fn add_shifted(into: &mut Vec<BigUint>, from: &[BigUint], shift: usize) {
    if into.len() < from.len() + shift {
        into.resize(from.len() + shift, BigUint::zero());
    }
    for (k, count) in from.iter().enumerate() {
        if !count.is_zero() {
            into[k + shift] += count;
        }
    }
}

/// `C(m, 0), C(m, 1), …, C(m, m)`.
fn binomials(m: usize) -> Vec<BigUint> {
    let mut row = vec![BigUint::one()];
    for t in 1..=m {
        let next = &row[t - 1] * BigUint::from(m + 1 - t) / BigUint::from(t);
        row.push(next);
    }
    row
}

/// `0!, 1!, …, n!`.
fn factorials(n: usize) -> Vec<BigUint> {
    let mut out = vec![BigUint::one()];
    for k in 1..=n {
        let next = &out[k - 1] * BigUint::from(k);
        out.push(next);
    }
    out
}
