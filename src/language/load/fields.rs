//! What the reader took from one table: the fields that were there and well-formed, each
//! taken once, by name and as its type, by the code that builds the element's declaration.

use super::values::{CitationDecl, MemberDecl, ReadingDecl, RuleDecl, Spanned, Text, VoterDecl};
use crate::language::elements::ElementKind;
use crate::language::keywords::Keyword;
use crate::language::source::Span;

/// A value of a field, read and checked as its description says.
#[derive(Debug)]
pub(super) enum Read {
    Text(Text),
    Texts(Vec<Text>),
    Word(Spanned<usize>),
    Words(Vec<Spanned<usize>>),
    Boolean(Spanned<bool>),
    Number(Spanned<i64>),
    Years(Spanned<(i32, i32)>),
    Members(Vec<MemberDecl>),
    Voters(Vec<VoterDecl>),
    Rule(RuleDecl, Span),
    Rules(Vec<RuleDecl>),
    Tables(Vec<Fields>),
    Citations(Vec<CitationDecl>),
    Readings(Vec<ReadingDecl>),
}

/// What was read of one table: the fields that were there and well-formed, each taken once by
/// the code that builds the declaration.
#[derive(Debug)]
pub struct Fields {
    pub kind: &'static ElementKind,
    /// The table's span.
    pub span: Span,
    pub(super) values: Vec<(&'static str, Read)>,
    /// Every described field that the table has, well-formed or not, with its value's span.
    pub(super) written: Vec<(&'static str, Span)>,
}

impl Fields {
    fn take(&mut self, name: &str) -> Option<Read> {
        let at = self.values.iter().position(|(n, _)| *n == name)?;
        Some(self.values.remove(at).1)
    }

    /// The names of the fields read well-formed and not yet taken.
    pub fn read(&self) -> Vec<&'static str> {
        self.values.iter().map(|(name, _)| *name).collect()
    }

    /// Whether the table has the field, whatever its value; its value's span.
    pub fn written(&self, name: &str) -> Option<Span> {
        self.written
            .iter()
            .find(|(n, _)| *n == name)
            .map(|&(_, s)| s)
    }

    pub fn text(&mut self, name: &str) -> Option<Text> {
        match self.take(name)? {
            Read::Text(text) => Some(text),
            other => unreachable!("`{name}` read as {other:?}"),
        }
    }

    /// A list of ids; empty when the field is not there.
    pub fn texts(&mut self, name: &str) -> Vec<Text> {
        self.texts_if_written(name).unwrap_or_default()
    }

    /// A list of ids, when the field is there.
    pub fn texts_if_written(&mut self, name: &str) -> Option<Vec<Text>> {
        match self.take(name)? {
            Read::Texts(texts) => Some(texts),
            other => unreachable!("`{name}` read as {other:?}"),
        }
    }

    pub fn keyword<K: Keyword>(&mut self, name: &str) -> Option<Spanned<K>> {
        match self.take(name)? {
            Read::Word(word) => Some(Spanned {
                value: K::all()[word.value],
                span: word.span,
            }),
            other => unreachable!("`{name}` read as {other:?}"),
        }
    }

    /// A list of keywords, when the field is there (its wrong words left out).
    pub fn keywords<K: Keyword>(&mut self, name: &str) -> Option<Vec<Spanned<K>>> {
        match self.take(name)? {
            Read::Words(words) => Some(
                words
                    .into_iter()
                    .map(|w| Spanned {
                        value: K::all()[w.value],
                        span: w.span,
                    })
                    .collect(),
            ),
            other => unreachable!("`{name}` read as {other:?}"),
        }
    }

    pub fn boolean(&mut self, name: &str) -> Option<Spanned<bool>> {
        match self.take(name)? {
            Read::Boolean(b) => Some(b),
            other => unreachable!("`{name}` read as {other:?}"),
        }
    }

    /// A number, already checked to lie in its field's range, as the type the model keeps.
    pub fn number<N: TryFrom<i64>>(&mut self, name: &str) -> Option<Spanned<N>> {
        match self.take(name)? {
            Read::Number(n) => Some(Spanned {
                value: N::try_from(n.value)
                    .ok()
                    .expect("a number in its field's range"),
                span: n.span,
            }),
            other => unreachable!("`{name}` read as {other:?}"),
        }
    }

    pub fn years(&mut self, name: &str) -> Option<Spanned<(i32, i32)>> {
        match self.take(name)? {
            Read::Years(years) => Some(years),
            other => unreachable!("`{name}` read as {other:?}"),
        }
    }

    /// A body's members; none when the field is not there.
    pub fn members(&mut self, name: &str) -> Vec<MemberDecl> {
        match self.take(name) {
            Some(Read::Members(members)) => members,
            None => Vec::new(),
            Some(other) => unreachable!("`{name}` read as {other:?}"),
        }
    }

    /// A rule's voters; none when the field is not there.
    pub fn voters(&mut self, name: &str) -> Vec<VoterDecl> {
        match self.take(name) {
            Some(Read::Voters(voters)) => voters,
            None => Vec::new(),
            Some(other) => unreachable!("`{name}` read as {other:?}"),
        }
    }

    /// A rule, and the span of where it is written.
    pub fn rule(&mut self, name: &str) -> Option<(RuleDecl, Span)> {
        match self.take(name)? {
            Read::Rule(rule, span) => Some((rule, span)),
            other => unreachable!("`{name}` read as {other:?}"),
        }
    }

    pub fn rules(&mut self, name: &str) -> Option<Vec<RuleDecl>> {
        match self.take(name)? {
            Read::Rules(rules) => Some(rules),
            other => unreachable!("`{name}` read as {other:?}"),
        }
    }

    /// The nested tables; none when the field is not there.
    pub fn tables(&mut self, name: &str) -> Vec<Fields> {
        match self.take(name) {
            Some(Read::Tables(tables)) => tables,
            None => Vec::new(),
            Some(other) => unreachable!("`{name}` read as {other:?}"),
        }
    }

    /// Citations; none when the field is not there (a missing `source` has been reported, and
    /// the element is still built, so that references to it are still checked).
    pub fn citations(&mut self, name: &str) -> Vec<CitationDecl> {
        match self.take(name) {
            Some(Read::Citations(citations)) => citations,
            None => Vec::new(),
            Some(other) => unreachable!("`{name}` read as {other:?}"),
        }
    }

    /// Readings; none when the field is not there.
    pub fn readings(&mut self, name: &str) -> Vec<ReadingDecl> {
        match self.take(name) {
            Some(Read::Readings(readings)) => readings,
            None => Vec::new(),
            Some(other) => unreachable!("`{name}` read as {other:?}"),
        }
    }
}
