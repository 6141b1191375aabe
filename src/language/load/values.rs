//! What the reader reads a model file into: text and numbers with their spans, a body's
//! members, a rule's voters, decision rules; references between elements are still text.

use crate::language::keywords::RegionRole;
use crate::language::source::Span;

/// A string from the model file with its span.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Text {
    pub value: String,
    pub span: Span,
}

/// A keyword or number from the model file with its span.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Spanned<T> {
    pub value: T,
    pub span: Span,
}

/// A member of a body as written: a party id, with one vote unless it says otherwise.
#[derive(Debug)]
pub struct MemberDecl {
    pub party: Text,
    pub votes: Spanned<u32>,
}

/// A decision rule as written, references unresolved.
#[derive(Debug)]
pub enum RuleDecl {
    AllOf(Vec<VoterDecl>),
    AtLeast {
        count: Spanned<u32>,
        of: Vec<VoterDecl>,
    },
    Unanimous(Text),
    Weighted {
        body: Text,
        threshold: Spanned<u64>,
    },
    MajorityOfPresent {
        body: Text,
        quorum: Spanned<u64>,
    },
    Veto {
        holders: Vec<VoterDecl>,
        rule: Box<RuleDecl>,
    },
    AllRules(Vec<RuleDecl>),
    AnyRule(Vec<RuleDecl>),
}

/// A voter as written: a role of the plan's region, or the id of a party or body (a body
/// stands for all its members).
#[derive(Debug)]
pub enum VoterDecl {
    Role(Spanned<RegionRole>),
    Id(Text),
}

/// Where an element comes from, as written: words, or a place in a document.
#[derive(Clone, Debug)]
pub enum CitationDecl {
    /// Free words: a citation that names no declared document.
    Words(Text),
    Document {
        document: Text,
        page: Option<Spanned<u32>>,
        at: Option<Text>,
        quote: Option<Text>,
        /// The citation's table.
        span: Span,
    },
}

/// A reading of the modeller's, as written.
#[derive(Clone, Debug)]
pub struct ReadingDecl {
    pub says: Text,
    /// The field of the element it is about, with the span of that field's value.
    pub field: Option<(Text, Span)>,
    /// The span of the field's value under the other reading.
    pub alternative: Option<Span>,
    pub otherwise: Option<Text>,
    /// Whether taking the reading back leaves the whole element out: it is about the element,
    /// or about a field the element needs, and gives no alternative.
    pub whole: bool,
    /// The reading as written (its table, or its words).
    pub span: Span,
    /// The value of the element's `reading` field, which may hold several readings.
    pub written: Span,
    /// The values of the element's fields that go only with a keyword of the reading's field
    /// (an agreement's `method_source`, with its `method`): they are taken back with it.
    pub with: Vec<Span>,
}
