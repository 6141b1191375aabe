//! What a rule is: its id, family, title and explanation in both languages, its example
//! models, and the functions that state its obligations and read their models; the `rule!`
//! macro that declares one from a doc comment; and `toets explain`'s text of it.

use crate::lang::{Lang, Text};
use crate::logic::formula::Obligation;
use crate::model::Model;
use crate::model::graph::GovernanceGraph;
use crate::verdict::{Counterexample, PowerOf, Scheduled};

/// What a rule reads.
pub struct Input<'a> {
    pub model: &'a Model,
    pub graph: &'a GovernanceGraph,
    /// The language of the texts a rule writes: cases, clauses, counterexamples.
    pub lang: Lang,
    /// The years the money rules check, from the command line; else the model's.
    pub years: Option<(i32, i32)>,
}

/// A rule: its id, its place, its explanation, and how it is checked.
pub struct Rule {
    /// Stable kebab-case id, used on the command line and in JSON.
    pub id: &'static str,
    pub family: Family,
    /// One line.
    pub title: Text,
    /// What it checks, its legal basis (the sentences of the texts it rests on, in Dutch, with
    /// their translation), its formal statement, and what a counterexample looks like. The
    /// English is the rule's doc comment.
    pub explanation: Text,
    /// A small model for which the rule holds, and one for which it is violated: fixtures of
    /// `tests/fixtures/<rule>/`, which the tests check to conclude so.
    pub example_holds: &'static str,
    pub example_violated: &'static str,
    /// The proof obligations for a model, grouped by subject in the order they are reported.
    pub obligations: fn(&Input<'_>) -> Vec<Obligation>,
    /// Turns a model of one of the rule's obligations into a counterexample.
    pub counterexample: fn(&Input<'_>, &Obligation, &[bool]) -> Counterexample,
    /// What a verdict on a subject measures besides its status: the commissioners' voting
    /// power, for `equal-power`.
    pub measure: fn(&Input<'_>, Option<&str>) -> Vec<PowerOf>,
    /// For a rule whose obligations are of [`crate::logic::formula::Polarity::UnsatViolates`]: how an
    /// unsat core and a model are read.
    pub unsat_violates: Option<UnsatViolates>,
}

/// The measure of the rules that measure nothing.
pub(crate) fn no_measure(_: &Input<'_>, _: Option<&str>) -> Vec<PowerOf> {
    Vec::new()
}

/// How a rule whose obligations are satisfiable when it holds reads the solver's answers.
pub struct UnsatViolates {
    /// Turns a minimal unsat core (indices of the obligation's assertions) into a
    /// counterexample: the constraints that cannot all be met.
    pub counterexample: fn(&Input<'_>, &Obligation, &[usize]) -> Counterexample,
    /// Turns a model (Boolean and integer values) into the witness shown when the rule holds.
    pub witness: fn(&Input<'_>, &Obligation, &[bool], &[i64]) -> Vec<Scheduled>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Family {
    EqualCommissioning,
    JointPlanReview,
    Money,
    Process,
    Mandate,
}

impl Family {
    pub fn title(self, lang: Lang) -> &'static str {
        match self {
            Family::EqualCommissioning => {
                lang.pick("Equal commissioning", "Gelijkwaardig opdrachtgeverschap")
            }
            Family::JointPlanReview => lang.pick(
                "Joint plan review",
                "Gezamenlijke toetsing van transformatieplannen",
            ),
            Family::Money => lang.pick("Money", "Financiën"),
            Family::Process => lang.pick("Process", "Proces"),
            Family::Mandate => lang.pick(
                "Mandate and municipal autonomy",
                "Mandaat en gemeentelijke autonomie",
            ),
        }
    }
}

/// Declares a rule whose doc comment is its English explanation, with its Dutch title and
/// explanation, and its two example fixtures (paths under `tests/fixtures/`).
macro_rules! rule {
    (
        $(#[doc = $doc:literal])*
        pub static $name:ident = {
            id: $id:literal,
            family: $family:expr,
            title: $title:literal,
            title_nl: $title_nl:literal,
            explanation_nl: $explanation_nl:literal,
            example_holds: $holds:literal,
            example_violated: $violated:literal,
            obligations: $obligations:path,
            counterexample: $counterexample:path
            $(, measure: $measure:path)?
            $(, unsat_counterexample: $unsat:path, witness: $witness:path)? $(,)?
        };
    ) => {
        $(#[doc = $doc])*
        pub static $name: $crate::rules::rule::Rule = $crate::rules::rule::Rule {
            id: $id,
            family: $family,
            title: $crate::lang::Text { en: $title, nl: $title_nl },
            explanation: $crate::lang::Text {
                en: concat!($($doc, "\n"),*),
                nl: $explanation_nl,
            },
            example_holds: include_str!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/tests/fixtures/",
                $holds
            )),
            example_violated: include_str!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/tests/fixtures/",
                $violated
            )),
            obligations: $obligations,
            counterexample: $counterexample,
            measure: $crate::rules::rule::rule!(@measure $($measure)?),
            unsat_violates: $crate::rules::rule::rule!(@unsat $(($unsat, $witness))?),
        };
    };
    (@measure) => { $crate::rules::rule::no_measure };
    (@measure $measure:path) => { $measure };
    (@unsat) => { None };
    (@unsat ($unsat:path, $witness:path)) => {
        Some($crate::rules::rule::UnsatViolates { counterexample: $unsat, witness: $witness })
    };
}
pub(crate) use rule;

impl Rule {
    /// The explanation as plain text, without the doc comments' leading spaces.
    pub fn explanation_text(&self, lang: Lang) -> String {
        self.explanation
            .get(lang)
            .lines()
            .map(|line| line.strip_prefix(' ').unwrap_or(line))
            .collect::<Vec<_>>()
            .join("\n")
            .trim()
            .to_string()
    }
}

/// What `toets explain` prints and docs/rules/<rule>.md holds: the rule's title and
/// explanation, what a proof that it holds rests on, and its two example models.
pub fn explain(rule: &Rule, lang: Lang) -> String {
    let (holds, example_holds, example_violated) = match lang {
        Lang::En => (
            "## When it holds\n\
             The report lists what the proof rests on: the elements of the model, each cited with \
             its source and its line, that together prove the rule, found from the solver's unsat \
             core and then made minimal. Each of them is needed by the proof (leave it out and \
             the proof fails), so none may be negotiated away without checking again.",
            "## A model for which it holds",
            "## A model that violates it",
        ),
        Lang::Nl => (
            "## Als de regel voldaan is\n\
             Het rapport noemt waar het bewijs op rust: de elementen van het model, elk met zijn \
             bron en zijn regel, die samen de regel bewijzen, gevonden uit de onvervulbare kern \
             van de solver en daarna minimaal gemaakt. Elk ervan is nodig voor het bewijs (laat \
             het weg en het bewijs faalt), dus geen ervan kan worden weggeonderhandeld zonder \
             opnieuw te toetsen.",
            "## Een model waarvoor de regel voldaan is",
            "## Een model dat de regel schendt",
        ),
    };
    format!(
        "# {}: {}\n\n{}\n\n{holds}\n\n{example_holds}\n\n```toml\n{}```\n\n{example_violated}\n\n```toml\n{}```\n",
        rule.id,
        rule.title.get(lang),
        rule.explanation_text(lang),
        rule.example_holds,
        rule.example_violated,
    )
}
