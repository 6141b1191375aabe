//! The formula language of proof obligations, and the obligations themselves.
//!
//! A rule of [`crate::rules`] states each condition as [`Obligation`]s: a set of assertions
//! over Boolean variables that is **satisfiable exactly when the condition is violated**, so
//! that a model of it is a counterexample and *unsat* is a proof that the condition holds.
//! Facts of the model that a condition reads (who is a commissioner, which relations exist)
//! are Boolean constants fixed by the model, so that an obligation is self-contained.
//!
//! [`Formula::eval`] is the plain meaning of a formula: the solver stage replays every model
//! it gets through it.

use crate::model::PartyId;
use crate::verdict::Clause;
use std::collections::HashMap;
use std::ops::Not as _;

/// A Boolean formula over numbered variables.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Formula {
    Const(bool),
    Var(usize),
    Not(Box<Formula>),
    And(Vec<Formula>),
    Or(Vec<Formula>),
    /// `Σ weight·[formula] ≥ bound`, weights possibly negative.
    AtLeast {
        terms: Vec<(i64, Formula)>,
        bound: i64,
    },
    /// `Σ coefficient·xᵢ ≥ bound` over the obligation's integer variables ([`Obligation::ints`]):
    /// linear integer arithmetic, for schedules of days.
    IntAtLeast {
        terms: Vec<(i64, usize)>,
        bound: i64,
    },
}

impl std::ops::Not for Formula {
    type Output = Formula;

    fn not(self) -> Formula {
        match self {
            Formula::Const(b) => Formula::Const(!b),
            Formula::Not(inner) => *inner,
            other => Formula::Not(Box::new(other)),
        }
    }
}

impl Formula {
    pub fn implies(self, then: Formula) -> Formula {
        Formula::Or(vec![self.not(), then])
    }

    /// The formula with the variables of `fixed` replaced by their values.
    pub fn fixing(&self, fixed: &[(usize, bool)]) -> Formula {
        match self {
            Formula::Var(i) => match fixed.iter().find(|(v, _)| v == i) {
                Some(&(_, value)) => Formula::Const(value),
                None => self.clone(),
            },
            Formula::Const(_) | Formula::IntAtLeast { .. } => self.clone(),
            Formula::Not(inner) => inner.fixing(fixed).not(),
            Formula::And(parts) => Formula::And(parts.iter().map(|p| p.fixing(fixed)).collect()),
            Formula::Or(parts) => Formula::Or(parts.iter().map(|p| p.fixing(fixed)).collect()),
            Formula::AtLeast { terms, bound } => Formula::AtLeast {
                terms: terms.iter().map(|(w, f)| (*w, f.fixing(fixed))).collect(),
                bound: *bound,
            },
        }
    }

    /// The value of the formula when variable `i` has value `values[i]` (and integer variables
    /// none: see [`Formula::eval_with`]).
    /// The number of nodes of the formula: what one evaluation of it costs.
    pub fn size(&self) -> usize {
        match self {
            Formula::Const(_) | Formula::Var(_) => 1,
            Formula::Not(inner) => 1 + inner.size(),
            Formula::And(parts) | Formula::Or(parts) => {
                1 + parts.iter().map(Formula::size).sum::<usize>()
            }
            Formula::AtLeast { terms, .. } => {
                1 + terms.iter().map(|(_, f)| f.size()).sum::<usize>()
            }
            Formula::IntAtLeast { terms, .. } => 1 + terms.len(),
        }
    }

    pub fn eval(&self, values: &[bool]) -> bool {
        self.eval_with(values, &[])
    }

    /// The value of the formula when Boolean variable `i` has value `values[i]` and integer
    /// variable `j` has value `ints[j]` (0 where `ints` is too short).
    pub fn eval_with(&self, values: &[bool], ints: &[i64]) -> bool {
        match self {
            Formula::Const(b) => *b,
            Formula::Var(i) => values[*i],
            Formula::Not(inner) => !inner.eval_with(values, ints),
            Formula::And(parts) => parts.iter().all(|p| p.eval_with(values, ints)),
            Formula::Or(parts) => parts.iter().any(|p| p.eval_with(values, ints)),
            Formula::AtLeast { terms, bound } => {
                let sum: i128 = terms
                    .iter()
                    .filter(|(_, f)| f.eval_with(values, ints))
                    .map(|(w, _)| i128::from(*w))
                    .sum();
                sum >= i128::from(*bound)
            }
            Formula::IntAtLeast { terms, bound } => {
                let sum: i128 = terms
                    .iter()
                    .map(|&(c, j)| i128::from(c) * i128::from(ints.get(j).copied().unwrap_or(0)))
                    .sum();
                sum >= i128::from(*bound)
            }
        }
    }
}

/// The variables of one obligation, by name. Names are stable (`consents.vng`), so exported
/// proof obligations read the same on every run.
#[derive(Clone, Debug, Default)]
pub struct Vars {
    names: Vec<String>,
    index: HashMap<String, usize>,
}

impl Vars {
    /// The variable called `name`, created on first use.
    pub fn var(&mut self, name: &str) -> Formula {
        Formula::Var(self.number(name))
    }

    /// The number of the variable called `name`, created on first use.
    pub fn number(&mut self, name: &str) -> usize {
        if let Some(&i) = self.index.get(name) {
            return i;
        }
        self.names.push(name.to_string());
        self.index.insert(name.to_string(), self.names.len() - 1);
        self.names.len() - 1
    }

    pub fn lookup(&self, name: &str) -> Option<usize> {
        self.index.get(name).copied()
    }

    pub fn names(&self) -> &[String] {
        &self.names
    }

    pub fn len(&self) -> usize {
        self.names.len()
    }

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }
}

/// One assertion of an obligation, with the comment that says what it states.
#[derive(Clone, Debug)]
pub struct Assertion {
    pub comment: String,
    pub formula: Formula,
    /// The model elements the assertion states, each cited: a voter a step asks the consent
    /// of, a fact read from a clause. Empty for the assertions that pose the question (who
    /// refuses, which chain is sought). When an obligation is unsatisfiable, the solver stage
    /// finds a smallest set of the assertions with elements that is unsatisfiable together
    /// with the question: the elements a verdict that holds rests on.
    pub rests_on: Vec<Clause>,
}

/// What an obligation is about, so that its rule can turn a model of it into a counterexample.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Focus {
    pub agreement: Option<usize>,
    pub decision: Option<usize>,
    pub step: Option<usize>,
    pub plan: Option<usize>,
    pub region: Option<usize>,
    pub party: Option<PartyId>,
    /// A second party, where an obligation relates two (the lower one of a subordination).
    pub other: Option<PartyId>,
    pub side: Option<crate::model::Side>,
    pub stream: Option<crate::model::Stream>,
    /// The kind of process step an obligation asks for.
    pub kind: Option<crate::model::StepKind>,
}

/// Which answer of the solver means the rule is violated.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Polarity {
    /// Satisfiable means violated, a model being the counterexample; unsat is the proof.
    #[default]
    SatViolates,
    /// Satisfiable means the rule holds, a model being the witness (a schedule that meets
    /// every date); unsat means violated, the unsat core being the counterexample.
    UnsatViolates,
}

/// A proof obligation: satisfiable exactly when its rule is violated for its subject, unless
/// its [`Polarity`] says the reverse.
#[derive(Clone, Debug)]
pub struct Obligation {
    /// The id of the rule that states it.
    pub rule: &'static str,
    /// The id of the element it is about (decision, plan, region, agreement), if any.
    pub subject: Option<String>,
    /// Which case of the rule it checks, in words: `without \`vng\``.
    pub case: String,
    /// What it means when the assertions are unsatisfiable.
    pub unsat_means: String,
    pub vars: Vars,
    /// Integer variables (`start.<step>`), used by [`Formula::IntAtLeast`].
    pub ints: Vars,
    pub assertions: Vec<Assertion>,
    pub focus: Focus,
    pub polarity: Polarity,
    /// Decide weighted sums by linear integer arithmetic rather than as pseudo-Boolean
    /// constraints: for obligations that bound one sum from both sides (a coalition that wins
    /// with one party and loses with another), on which SAT-based pseudo-Boolean solving
    /// takes minutes for a body of a thousand and arithmetic a second.
    pub arithmetic: bool,
    /// Variables of which a counterexample should make as few true as it can: the consents of
    /// a vote (the smallest coalition), the steps of a chain (the shortest one).
    pub minimize: Vec<usize>,
}

impl Obligation {
    pub fn new(
        rule: &'static str,
        subject: Option<&str>,
        case: String,
        unsat_means: String,
    ) -> Self {
        Obligation {
            rule,
            subject: subject.map(str::to_string),
            case,
            unsat_means,
            vars: Vars::default(),
            ints: Vars::default(),
            assertions: Vec::new(),
            focus: Focus::default(),
            polarity: Polarity::default(),
            arithmetic: false,
            minimize: Vec::new(),
        }
    }

    /// Asserts part of the question an obligation poses, resting on no model element.
    pub fn assert(&mut self, comment: impl Into<String>, formula: Formula) {
        self.assert_from(comment, formula, Vec::new());
    }

    /// Asserts what the cited model elements state.
    pub fn assert_from(
        &mut self,
        comment: impl Into<String>,
        formula: Formula,
        rests_on: Vec<Clause>,
    ) {
        self.assertions.push(Assertion {
            comment: comment.into(),
            formula,
            rests_on,
        });
    }

    /// A fact of the model: the Boolean variable `name`, asserted to be `value`, so that the
    /// obligation carries the facts it reads. Returns the variable. A fact read from cited
    /// elements names them in `rests_on`; the absence of an element cites nothing.
    pub fn fact(
        &mut self,
        name: &str,
        value: bool,
        comment: impl Into<String>,
        rests_on: Vec<Clause>,
    ) -> Formula {
        let var = self.vars.var(name);
        let fixed = if value { var.clone() } else { !var.clone() };
        self.assert_from(format!("fact: {}", comment.into()), fixed, rests_on);
        var
    }

    /// What decides the obligation's outcome, and its unsat core and smallest model, as 128
    /// bits: its variables' names, its assertions' formulas, which assertions cite elements,
    /// and what a counterexample minimises; not the comments and citations. Two obligations
    /// with the same fingerprint are solved once (a `Session` keeps outcomes across the drafts
    /// of a batch). Two SipHash-1-3 hashes under different prefixes: the chance that two of
    /// a million distinct obligations share a fingerprint is below 10⁻²⁶.
    pub fn fingerprint(&self) -> u128 {
        use std::hash::{Hash, Hasher};
        let half = |prefix: u8| {
            let mut hasher = std::hash::DefaultHasher::new();
            prefix.hash(&mut hasher);
            self.vars.names.hash(&mut hasher);
            self.ints.names.hash(&mut hasher);
            self.polarity.hash(&mut hasher);
            self.arithmetic.hash(&mut hasher);
            for assertion in &self.assertions {
                assertion.formula.hash(&mut hasher);
                assertion.rests_on.is_empty().hash(&mut hasher);
            }
            self.minimize.hash(&mut hasher);
            hasher.finish()
        };
        (u128::from(half(0)) << 64) | u128::from(half(1))
    }

    /// The assertions with elements, by index: those an unsat core is made of.
    pub fn grounded(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.assertions.len()).filter(|&i| !self.assertions[i].rests_on.is_empty())
    }

    /// Asks counterexamples to make as few `consents.*` variables true as they can.
    pub fn minimize_consents(&mut self) {
        self.minimize = (0..self.vars.len())
            .filter(|&i| self.vars.names()[i].starts_with("consents."))
            .collect();
    }

    /// Whether every assertion holds under `values`: the replay of a counterexample.
    pub fn holds_under(&self, values: &[bool]) -> bool {
        self.holds_under_with(values, &[])
    }

    /// Whether every assertion holds under Boolean `values` and integer `ints`.
    pub fn holds_under_with(&self, values: &[bool], ints: &[i64]) -> bool {
        values.len() == self.vars.len()
            && ints.len() == self.ints.len()
            && self
                .assertions
                .iter()
                .all(|a| a.formula.eval_with(values, ints))
    }

    /// The value of a named variable in `values`, `false` for a variable the obligation lacks.
    pub fn value(&self, values: &[bool], name: &str) -> bool {
        self.vars.lookup(name).is_some_and(|i| values[i])
    }
}
