//! The vocabulary of the descriptions: an element kind, its fields, what a field's value is
//! and whether it is required; the kinds of element an id can name; a form of rule.

use crate::lang::Text;
use crate::language::keywords::Keywords;

/// A kind of element: one table of a model file.
#[derive(Clone, Debug)]
pub struct ElementKind {
    /// The table's key: `party` for `[[party]]`, `commissioner` for
    /// `[[agreement.commissioner]]`, `model` for `[model]`.
    pub key: &'static str,
    /// How messages name one such table: "a `[[party]]`", "een `[[party]]`".
    pub name: Text,
    /// What one such element is: "party", "partij".
    pub noun: Text,
    /// What it declares.
    pub doc: Text,
    /// Its own fields, in the order the docs list them.
    pub fields: &'static [Field],
    /// Whether it cites the clause it comes from: then the fields of [`CITED`] follow its own.
    pub cited: bool,
}

impl ElementKind {
    /// Every field, its own and, for a cited element, those of [`CITED`].
    pub fn all_fields(&self) -> impl Iterator<Item = &'static Field> + '_ {
        let cited: &'static [Field] = if self.cited { CITED } else { &[] };
        self.fields.iter().chain(cited)
    }

    /// The names of its fields, for "did you mean" on a misspelt one.
    pub fn field_names(&self) -> Vec<&'static str> {
        self.all_fields().map(|f| f.name).collect()
    }

    /// The field called `name`.
    pub fn field(&self, name: &str) -> Option<&'static Field> {
        self.all_fields().find(|f| f.name == name)
    }
}

/// One field of an element.
#[derive(Clone, Debug)]
pub struct Field {
    pub name: &'static str,
    pub value: Value,
    pub need: Need,
    /// What it means.
    pub doc: Text,
    /// What to write when a required field is missing, if more than "`name` is required".
    pub help: Option<Text>,
}

/// Whether a field must be there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Need {
    Required,
    Optional,
    /// Required when the element's keyword field (first) is this keyword (second), and not
    /// allowed otherwise: `amount` with `kind = "funds"`.
    RequiredWhen(&'static str, &'static str),
    /// Allowed only when the element's keyword field (first) is this keyword (second): `lead`
    /// with `kind = "directs"`.
    AllowedWhen(&'static str, &'static str),
    /// One of a group of fields is required, and only one may be there (a decision's `rule`
    /// or its `[[decision.step]]`s).
    OneOf(&'static [&'static str]),
}

/// What a field's value is.
#[derive(Clone, Debug)]
pub enum Value {
    /// The element's own id; ids of every kind share one namespace.
    Id,
    /// Free text.
    Text,
    /// The id of an element of one of these kinds.
    Reference(&'static [Kind]),
    /// A list of ids of elements of one of these kinds.
    References(&'static [Kind]),
    /// A list of ids of rules, as `toets rules` lists them.
    RuleIds,
    /// One keyword of a set.
    Keyword(&'static Keywords),
    /// A list of keywords of a set.
    KeywordList(&'static Keywords),
    /// `true` or `false`.
    Boolean,
    /// A whole number from 0 to `most`; `least` is the smallest that makes sense, which
    /// validation checks with a message of its own (a rule that no one can meet, say).
    Count {
        least: u64,
        most: u64,
        /// The range in words, for a number outside it: "1 or more votes".
        range: Text,
    },
    /// Whole euros, from 0 to 10¹⁵.
    Euros,
    /// A year, from 1900 to 2200.
    Year,
    /// Two years in order: `[2025, 2030]`.
    YearRange,
    /// An ISO date, `"2024-11-29"`.
    Date,
    /// A year, a month or a day: `"2024"`, `"2024-11"` or `"2024-11-29"`.
    PartialDate,
    /// A number of days, from 0 to 36500.
    Days,
    /// A body's members: party ids, or tables of [`MEMBER`].
    Members,
    /// The voters of a rule: party or body ids, or roles of a plan's region.
    Voters,
    /// A decision rule: an inline table of one of the [`RULE_FORMS`].
    Rule,
    /// A non-empty list of rules.
    Rules,
    /// An array of tables of another kind, within this one.
    Tables(&'static ElementKind),
    /// Where an element comes from: free text, or a [`crate::language::elements::CITATION`] of
    /// a document, or a list of them.
    Citations,
    /// The modeller's readings of an element: words, or a
    /// [`crate::language::elements::READING`], or a list of them.
    Readings,
    /// Any value: the value a field would have under another reading, checked against that
    /// field.
    Any,
}

/// The kinds of element an id can name. All ids share one namespace.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Party,
    Body,
    Agreement,
    Region,
    Plan,
    Decision,
    Task,
    Cut,
    Step,
    Document,
}

impl Kind {
    /// The kind's name in English.
    pub fn noun(self) -> &'static str {
        match self {
            Kind::Party => "party",
            Kind::Body => "body",
            Kind::Agreement => "agreement",
            Kind::Region => "region",
            Kind::Plan => "plan",
            Kind::Decision => "decision",
            Kind::Task => "task",
            Kind::Cut => "cut",
            Kind::Step => "process step",
            Kind::Document => "document",
        }
    }

    /// The kind's name in Dutch, and the demonstrative it takes ("deze partij", "dit orgaan").
    pub fn noun_nl(self) -> (&'static str, &'static str) {
        match self {
            Kind::Party => ("partij", "deze"),
            Kind::Body => ("orgaan", "dit"),
            Kind::Agreement => ("akkoord", "dit"),
            Kind::Region => ("regio", "deze"),
            Kind::Plan => ("transformatieplan", "dit"),
            Kind::Decision => ("besluit", "dit"),
            Kind::Task => ("taak", "deze"),
            Kind::Cut => ("bezuiniging", "deze"),
            Kind::Step => ("processtap", "deze"),
            Kind::Document => ("document", "dit"),
        }
    }
}

/// The fields every cited element has after its own: where it comes from, and how the
/// modeller reads the text where it is silent or ambiguous.
pub static CITED: &[Field] = &[
    Field {
        name: "source",
        value: Value::Citations,
        need: Need::Required,
        doc: Text {
            en: "Where this element comes from: a citation of a document (`{ document, page, at, quote }`), a list of them, or words.",
            nl: "Waar dit element vandaan komt: een bronvermelding van een document (`{ document, page, at, quote }`), een lijst daarvan, of woorden.",
        },
        help: Some(Text {
            en: "cite the clause this comes from, e.g. `source = { document = \"iza-2022\", page = 17, quote = \"...\" }`",
            nl: "noem de bepaling waar dit vandaan komt, bijv. `source = { document = \"iza-2022\", page = 17, quote = \"...\" }`",
        }),
    },
    Field {
        name: "reading",
        value: Value::Readings,
        need: Need::Optional,
        doc: Text {
            en: "The modeller's reading where the text is silent or ambiguous: words, or `{ says, field, alternative, otherwise }`, or a list of them.",
            nl: "De lezing van de modelleur waar de tekst zwijgt of meer lezingen toelaat: woorden, of `{ says, field, alternative, otherwise }`, of een lijst daarvan.",
        },
        help: None,
    },
];

/// One form of decision rule: the key that names it, and its fields (the key among them).
#[derive(Debug)]
pub struct RuleForm {
    pub key: &'static str,
    /// When a rule of this form passes.
    pub doc: Text,
    pub fields: &'static [Field],
}

/// Shorthand for the descriptions: a field.
pub(super) const fn field(
    name: &'static str,
    value: Value,
    need: Need,
    en: &'static str,
    nl: &'static str,
) -> Field {
    Field {
        name,
        value,
        need,
        doc: Text { en, nl },
        help: None,
    }
}

/// Shorthand for the descriptions: a field required when another field has a keyword (and
/// allowed only then), with what to write when it is missing.
pub(super) const fn required_with_help_when(
    name: &'static str,
    value: Value,
    (field, word): (&'static str, &'static str),
    doc: Text,
    help: Text,
) -> Field {
    Field {
        name,
        value,
        need: Need::RequiredWhen(field, word),
        doc,
        help: Some(help),
    }
}

/// Shorthand for the descriptions: a required field with what to write when it is missing.
pub(super) const fn required_with_help(
    name: &'static str,
    value: Value,
    doc: Text,
    help: Text,
) -> Field {
    Field {
        name,
        value,
        need: Need::Required,
        doc,
        help: Some(help),
    }
}
