//! The reader of the model language: a TOML table read as the description of its element
//! kind says ([`crate::language::elements`]). Each described field is taken with its type
//! checked (strings, ids, keywords, numbers in range, years, dates, members, voters, rules,
//! nested tables); a required field that is missing, a field that does not belong to the
//! element's kind, and a field that is not described at all are reported, the last with the
//! nearest known field. What was read comes back as [`Fields`], from which
//! [`super::declarations`] builds each declaration.

use super::fields::{Fields, Read};
use super::scalars::{self, MAX_EUROS, type_name, wrong_type};
use super::values::{CitationDecl, MemberDecl, ReadingDecl, RuleDecl, Spanned, Text};
use crate::language::diagnostic::{Diagnostic, Said, did_you_mean, said, suggest};
use crate::language::elements::{
    CITATION, ElementKind, Field, Need, READING, RULE_FORMS, RuleForm, Value,
};
use crate::language::source::Span;
use toml_span::value::{Table, Value as Toml, ValueInner};

/// How messages name the top level of a file.
const TOP_LEVEL: crate::lang::Text = crate::lang::Text {
    en: "the top level",
    nl: "het hoogste niveau",
};

/// How messages name a rule being read.
const THIS_RULE: crate::lang::Text = crate::lang::Text {
    en: "this rule",
    nl: "deze regel",
};

/// A rule read as a table: its fields are those of its [`RuleForm`].
static RULE_TABLE: ElementKind = ElementKind {
    key: "rule",
    name: THIS_RULE,
    noun: crate::lang::Text {
        en: "rule",
        nl: "regel",
    },
    doc: crate::lang::Text {
        en: "A decision rule.",
        nl: "Een beslisregel.",
    },
    fields: &[],
    cited: false,
};

/// Reads tables as their descriptions say, collecting every problem.
pub struct Reader<'d> {
    pub diagnostics: &'d mut Vec<Diagnostic>,
    /// Ids of declarations that could not be read; references to them are not reported again.
    pub broken_ids: Vec<String>,
}

impl Reader<'_> {
    fn push(&mut self, diagnostic: Diagnostic) {
        self.diagnostics.push(diagnostic);
    }

    /// Reports the keys of `table` that are not fields of `what`, with the nearest field.
    pub fn unknown_keys(&mut self, table: Table<'_>, known: &[&str], what: crate::lang::Text) {
        for (key, _) in table {
            let mut diagnostic = Diagnostic::new(
                "unknown-field",
                Span::from(key.span),
                Said::new(
                    format!("unknown field `{}` in {}", key.name, what.en),
                    format!("onbekend veld `{}` in {}", key.name, what.nl),
                ),
            )
            .label(said!("not a field here", "geen veld op deze plek"));
            if let Some(suggestion) = did_you_mean(&key.name, known.iter().copied()) {
                diagnostic = diagnostic.help(suggest(suggestion));
            }
            self.push(diagnostic);
        }
    }

    /// Reports the keys of the file's top level that are no table of the language.
    pub fn unknown_tables(&mut self, table: Table<'_>) {
        let known: Vec<&str> = crate::language::elements::TOP_LEVEL
            .iter()
            .map(|kind| kind.key)
            .collect();
        self.unknown_keys(table, &known, TOP_LEVEL);
    }

    /// Records the id of a declaration that could not be read completely.
    pub fn finish<T>(&mut self, id: Option<&Text>, built: Option<T>) -> Option<T> {
        if built.is_none() {
            if let Some(id) = id {
                self.broken_ids.push(id.value.clone());
            }
        }
        built
    }

    /// Reports that `fields` lacks the field `key`.
    pub fn missing(&mut self, fields: &Fields, key: &str, help: Said) {
        self.missing_in(fields.span, fields.kind.name, key, help);
    }

    fn missing_in(&mut self, span: Span, what: crate::lang::Text, key: &str, help: Said) {
        let mut diagnostic = Diagnostic::new(
            "missing-field",
            span,
            Said::new(
                format!("{} has no `{key}`", what.en),
                format!("{} heeft geen `{key}`", what.nl),
            ),
        )
        .label(said!("`{key}` is required", "`{key}` is verplicht"));
        if !help.is_empty() {
            diagnostic = diagnostic.help(help);
        }
        self.push(diagnostic);
    }

    /// The array of tables `[[key]]` of `table`, each read as `kind` and built by `build`.
    pub fn elements<T>(
        &mut self,
        table: &mut Table<'_>,
        kind: &'static ElementKind,
        mut build: impl FnMut(&mut Self, Fields) -> Option<T>,
    ) -> Vec<T> {
        let Some(value) = table.remove(kind.key) else {
            return Vec::new();
        };
        self.tables(value, kind)
            .into_iter()
            .filter_map(|fields| build(self, fields))
            .collect()
    }

    /// An array of tables of `kind`.
    fn tables(&mut self, mut value: Toml<'_>, kind: &'static ElementKind) -> Vec<Fields> {
        let span = Span::from(value.span);
        match value.take() {
            ValueInner::Array(items) => items
                .into_iter()
                .filter_map(|item| self.table(item, kind))
                .collect(),
            other => {
                wrong_type(
                    self.diagnostics,
                    span,
                    kind.key,
                    said!(
                        "an array of tables (`[[...]]`)",
                        "een lijst van tabellen (`[[...]]`)"
                    ),
                    &other,
                );
                Vec::new()
            }
        }
    }

    /// Reads `value` as a table of `kind`: every described field, then the unknown ones.
    pub fn table(&mut self, mut value: Toml<'_>, kind: &'static ElementKind) -> Option<Fields> {
        let span = Span::from(value.span);
        let mut table = match value.take() {
            ValueInner::Table(table) => table,
            other => {
                let found = type_name(&other);
                self.push(
                    Diagnostic::new(
                        "wrong-type",
                        span,
                        Said::new(
                            format!("{} must be a table, not {}", kind.name.en, found.en),
                            format!("{} moet een tabel zijn, niet {}", kind.name.nl, found.nl),
                        ),
                    )
                    .label(said!("expected a table", "verwacht: een tabel")),
                );
                return None;
            }
        };
        let mut fields = Fields {
            kind,
            span,
            values: Vec::new(),
            written: Vec::new(),
        };
        // The keywords read so far, for the fields that go only with one of them.
        let mut keywords: Vec<(&'static str, &'static str)> = Vec::new();
        for field in kind.all_fields() {
            // Whether the field belongs with the keyword it goes with: not when that keyword
            // is another, or absent; unknown when it is written but is no keyword.
            let (belongs, actual) = match field.need {
                Need::RequiredWhen(name, word) | Need::AllowedWhen(name, word) => {
                    match keywords.iter().find(|(n, _)| *n == name) {
                        Some(&(_, actual)) => (Some(actual == word), Some(actual)),
                        None if fields.written.iter().any(|(n, _)| *n == name) => (None, None),
                        None => (Some(false), None),
                    }
                }
                _ => (Some(true), None),
            };
            match table.remove(field.name) {
                Some(value) => {
                    let value_span = Span::from(value.span);
                    fields.written.push((field.name, value_span));
                    if belongs == Some(false) {
                        self.not_with_this_keyword(kind, field, actual, value_span);
                        continue;
                    }
                    if let Some(read) = self.value(value, field, kind) {
                        if let (Read::Word(word), Value::Keyword(set)) = (&read, &field.value) {
                            keywords.push((field.name, set.words[word.value]));
                        }
                        fields.values.push((field.name, read));
                    }
                }
                None => {
                    let required = match field.need {
                        Need::Required => true,
                        Need::RequiredWhen(..) => belongs == Some(true),
                        _ => false,
                    };
                    if required {
                        let help = field.help.map(Said::from).unwrap_or_default();
                        self.missing_in(span, kind.name, field.name, help);
                    }
                }
            }
        }
        self.unknown_keys(table, &kind.field_names(), kind.name);
        self.place_readings(&mut fields);
        Some(fields)
    }

    /// Gives each reading about a field the span of that field's value in the element; a
    /// reading about a field the element does not write is reported and left out.
    fn place_readings(&mut self, fields: &mut Fields) {
        let (written, kind) = (fields.written.clone(), fields.kind);
        let Some((_, Read::Readings(readings))) = fields
            .values
            .iter_mut()
            .find(|(name, _)| *name == "reading")
        else {
            return;
        };
        let mut problems = Vec::new();
        readings.retain_mut(|reading| {
            let Some((name, span)) = &mut reading.field else {
                return true;
            };
            match written.iter().find(|(n, _)| *n == name.value) {
                Some(&(_, at)) => {
                    *span = at;
                    // The fields that go only with a keyword of this field go where it goes.
                    reading.with = kind
                        .all_fields()
                        .filter(|f| match f.need {
                            Need::RequiredWhen(of, _) | Need::AllowedWhen(of, _) => {
                                of == name.value
                            }
                            _ => false,
                        })
                        .filter_map(|f| written.iter().find(|(n, _)| *n == f.name))
                        .map(|&(_, at)| at)
                        .collect();
                    true
                }
                None => {
                    problems.push(
                        Diagnostic::new(
                            "unknown-field",
                            name.span,
                            said!(
                                "the reading is about `{}`, which this element does not write",
                                "de lezing gaat over `{}`, dat dit element niet schrijft",
                                name.value
                            ),
                        )
                        .label(said!("not written here", "hier niet geschreven")),
                    );
                    false
                }
            }
        });
        self.diagnostics.extend(problems);
    }

    /// Reports a field that goes only with another keyword: `lead` on an `instructs` relation.
    fn not_with_this_keyword(
        &mut self,
        kind: &ElementKind,
        field: &Field,
        actual: Option<&str>,
        span: Span,
    ) {
        let (Need::RequiredWhen(name, word) | Need::AllowedWhen(name, word)) = field.need else {
            return;
        };
        let key = field.name;
        let (message, label) = match (name, actual) {
            ("kind", Some(actual)) => {
                let a = if key.starts_with(['a', 'e', 'i', 'o', 'u']) {
                    "an"
                } else {
                    "a"
                };
                let (noun, noun_nl) = (kind.noun.en, kind.noun.nl);
                (
                    said!(
                        "only a `{word}` {noun} has {a} `{key}`, not `{actual}`",
                        "alleen een {noun_nl} `{word}` heeft een `{key}`, niet `{actual}`"
                    ),
                    said!(
                        "remove this, or make the {noun} `kind = \"{word}\"`",
                        "verwijder dit, of maak de {noun_nl} `kind = \"{word}\"`"
                    ),
                )
            }
            (_, actual) => {
                let not = actual.map_or_else(Said::default, |actual| {
                    said!(", not with `{actual}`", ", niet bij `{actual}`")
                });
                (
                    Said::new(
                        format!("`{key}` goes only with `{name} = \"{word}\"`{}", not.en),
                        format!("`{key}` hoort alleen bij `{name} = \"{word}\"`{}", not.nl),
                    ),
                    said!(
                        "remove this, or write `{name} = \"{word}\"`",
                        "verwijder dit, of schrijf `{name} = \"{word}\"`"
                    ),
                )
            }
        };
        self.push(Diagnostic::new("unexpected-field", span, message).label(label));
    }

    /// Reads a field's value as its description says.
    fn value(
        &mut self,
        mut value: Toml<'_>,
        field: &Field,
        owner: &'static ElementKind,
    ) -> Option<Read> {
        let key = field.name;
        let span = Span::from(value.span);
        match &field.value {
            Value::Id | Value::Text | Value::Reference(_) => {
                scalars::string(self.diagnostics, value, key).map(Read::Text)
            }
            Value::References(_) | Value::RuleIds => {
                Some(Read::Texts(scalars::strings(self.diagnostics, value, key)))
            }
            Value::Keyword(keywords) => {
                let text = scalars::string(self.diagnostics, value, key)?;
                scalars::keyword_of(self.diagnostics, &text, keywords).map(Read::Word)
            }
            Value::KeywordList(keywords) => Some(Read::Words(
                scalars::strings(self.diagnostics, value, key)
                    .iter()
                    .filter_map(|t| scalars::keyword_of(self.diagnostics, t, keywords))
                    .collect(),
            )),
            Value::Boolean => match value.take() {
                ValueInner::Boolean(b) => Some(Read::Boolean(Spanned { value: b, span })),
                other => {
                    let expected = said!("`true` or `false`", "`true` of `false`");
                    wrong_type(self.diagnostics, span, key, expected, &other);
                    None
                }
            },
            Value::Count { most, range, .. } => {
                let most = i64::try_from(*most).unwrap_or(i64::MAX);
                scalars::number(self.diagnostics, value, key, 0..=most, Said::from(*range))
                    .map(Read::Number)
            }
            Value::Euros => {
                let range = said!(
                    "whole euros from 0 to 1_000_000_000_000_000",
                    "hele euro's van 0 tot en met 1_000_000_000_000_000"
                );
                scalars::number(self.diagnostics, value, key, 0..=MAX_EUROS, range)
                    .map(Read::Number)
            }
            Value::Days => {
                let range = said!(
                    "a number of days from 0 to 36500",
                    "een aantal dagen van 0 tot en met 36500"
                );
                scalars::number(self.diagnostics, value, key, 0..=36_500, range).map(Read::Number)
            }
            Value::Year => scalars::year(self.diagnostics, value, key).map(Read::Number),
            Value::YearRange => scalars::year_range(self.diagnostics, value, key).map(Read::Years),
            Value::Date => {
                let text = scalars::string(self.diagnostics, value, key)?;
                scalars::date(self.diagnostics, &text).map(Read::Number)
            }
            Value::Members => Some(Read::Members(self.member_list(value)?)),
            Value::Voters => Some(Read::Voters(scalars::voters(self.diagnostics, value, key))),
            Value::Rule => Some(Read::Rule(self.rule(value)?, span)),
            Value::Rules => self.rule_list(value, key).map(Read::Rules),
            Value::Tables(kind) => Some(Read::Tables(self.tables(value, kind))),
            Value::PartialDate => {
                let text = scalars::string(self.diagnostics, value, key)?;
                scalars::partial_date(self.diagnostics, &text).map(Read::Text)
            }
            Value::Citations => Some(Read::Citations(self.citations(value, key))),
            Value::Readings => Some(Read::Readings(self.readings(value, key, owner))),
            // An alternative is read as the field it stands in for (`Self::reading`).
            Value::Any => None,
        }
    }

    /// `members = ["a", "b"]` or `members = [{ party = "a", votes = 3 }, ...]`, mixed freely.
    fn member_list(&mut self, mut value: Toml<'_>) -> Option<Vec<MemberDecl>> {
        let span = Span::from(value.span);
        let items = match value.take() {
            ValueInner::Array(items) => items,
            other => {
                let expected = said!("a list of members", "een lijst van leden");
                wrong_type(self.diagnostics, span, "members", expected, &other);
                return Some(Vec::new());
            }
        };
        let mut members = Vec::new();
        for mut item in items {
            let span = Span::from(item.span);
            match item.as_ref() {
                ValueInner::String(s) => members.push(MemberDecl {
                    party: scalars::printable_text(
                        self.diagnostics,
                        s.to_string(),
                        span,
                        "members",
                    ),
                    votes: Spanned { value: 1, span },
                }),
                ValueInner::Table(_) => {
                    let Some(mut fields) = self.table(item, &crate::language::elements::MEMBER)
                    else {
                        continue;
                    };
                    if let Some(party) = fields.text("party") {
                        let votes = fields.number("votes");
                        members.push(MemberDecl {
                            party,
                            votes: votes.unwrap_or(Spanned { value: 1, span }),
                        });
                    }
                }
                _ => {
                    let other = item.take();
                    let expected = said!(
                        "a party id or a table",
                        "een id van een partij of een tabel"
                    );
                    wrong_type(self.diagnostics, span, "members", expected, &other);
                }
            }
        }
        Some(members)
    }

    /// Where an element comes from: words, a citation of a document, or a list of them.
    fn citations(&mut self, mut value: Toml<'_>, key: &str) -> Vec<CitationDecl> {
        let span = Span::from(value.span);
        let items = match value.take() {
            ValueInner::Array(items) if items.is_empty() => {
                self.push(scalars::empty_citation(span, key));
                return Vec::new();
            }
            ValueInner::Array(items) => items,
            other => vec![Toml::with_span(other, value.span)],
        };
        let mut citations = Vec::new();
        for mut item in items {
            let span = Span::from(item.span);
            match item.as_ref() {
                ValueInner::String(words) if words.trim().is_empty() => {
                    self.push(scalars::empty_citation(span, key));
                }
                ValueInner::String(words) => citations.push(CitationDecl::Words(
                    scalars::printable_text(self.diagnostics, words.to_string(), span, key),
                )),
                ValueInner::Table(_) => {
                    let Some(mut f) = self.table(item, &CITATION) else {
                        continue;
                    };
                    if let Some(document) = f.text("document") {
                        citations.push(CitationDecl::Document {
                            document,
                            page: f.number("page"),
                            at: f.text("at"),
                            quote: f.text("quote"),
                            span,
                        });
                    }
                }
                _ => {
                    let found = item.take();
                    let expected = said!(
                        "words, a citation `{{ document, page, at, quote }}`, or a list of them",
                        "woorden, een bronvermelding `{{ document, page, at, quote }}`, of een lijst daarvan"
                    );
                    wrong_type(self.diagnostics, span, key, expected, &found);
                }
            }
        }
        citations
    }

    /// The modeller's readings of an element of `owner`: words, a reading `{ says, field,
    /// alternative, otherwise }`, or a list of them. A reading's `field` must be a field of the
    /// element, and its `alternative` a value that field can take.
    fn readings(
        &mut self,
        mut value: Toml<'_>,
        key: &str,
        owner: &'static ElementKind,
    ) -> Vec<ReadingDecl> {
        let written = Span::from(value.span);
        let items = match value.take() {
            ValueInner::Array(items) => items,
            other => vec![Toml::with_span(other, value.span)],
        };
        let mut readings = Vec::new();
        for mut item in items {
            let span = Span::from(item.span);
            match item.take() {
                ValueInner::String(says) => readings.push(ReadingDecl {
                    says: scalars::printable_text(self.diagnostics, says.into_owned(), span, key),
                    field: None,
                    alternative: None,
                    otherwise: None,
                    whole: true,
                    span,
                    written,
                    with: Vec::new(),
                }),
                ValueInner::Table(table) => {
                    if let Some(reading) = self.reading(table, span, owner) {
                        readings.push(ReadingDecl { written, ..reading });
                    }
                }
                other => {
                    let expected = said!(
                        "words, a reading `{{ says, field, alternative, otherwise }}`, or a list of them",
                        "woorden, een lezing `{{ says, field, alternative, otherwise }}`, of een lijst daarvan"
                    );
                    wrong_type(self.diagnostics, span, key, expected, &other);
                }
            }
        }
        readings
    }

    /// One reading written as a table.
    fn reading(
        &mut self,
        mut table: Table<'_>,
        span: Span,
        owner: &'static ElementKind,
    ) -> Option<ReadingDecl> {
        let mut words = |r: &mut Self, key: &str| {
            let value = table.remove(key)?;
            scalars::string(r.diagnostics, value, key)
        };
        let says = words(self, "says");
        let field = words(self, "field");
        let otherwise = words(self, "otherwise");
        let alternative = table.remove("alternative");
        self.unknown_keys(table, &READING.field_names(), READING.name);
        let Some(says) = says else {
            let help = said!("say the reading in words", "zeg de lezing in woorden");
            self.missing_in(span, READING.name, "says", help);
            return None;
        };
        let described = match &field {
            Some(name) => match owner.field(&name.value) {
                Some(described) => Some(described),
                None => {
                    self.push(scalars::not_a_field_of(owner, name));
                    return None;
                }
            },
            None => None,
        };
        let alternative = match (alternative, described) {
            (Some(value), Some(described)) => {
                let at = Span::from(value.span);
                self.value(value, described, owner)?;
                Some(at)
            }
            (Some(value), None) => {
                self.push(
                    Diagnostic::new(
                        "missing-field",
                        Span::from(value.span),
                        said!(
                            "an `alternative` stands in for a field: the reading needs its `field`",
                            "een `alternative` staat voor een veld: de lezing heeft een `field` nodig"
                        ),
                    )
                    .label(said!("the value of which field?", "de waarde van welk veld?")),
                );
                return None;
            }
            (None, _) => None,
        };
        let needed = described.is_some_and(|f| {
            matches!(
                f.need,
                Need::Required | Need::RequiredWhen(..) | Need::OneOf(_)
            )
        });
        Some(ReadingDecl {
            says,
            whole: alternative.is_none() && (field.is_none() || needed),
            // The span of the field's value is filled in once the whole element is read.
            field: field.map(|name| (name, span)),
            alternative,
            otherwise,
            span,
            written: span,
            // The fields that go with the reading's field are found once the element is read.
            with: Vec::new(),
        })
    }

    /// A non-empty list of rules; `None` when it is empty or a rule in it is not readable.
    fn rule_list(&mut self, mut value: Toml<'_>, key: &str) -> Option<Vec<RuleDecl>> {
        let span = Span::from(value.span);
        match value.take() {
            ValueInner::Array(items) if items.is_empty() => {
                self.push(
                    Diagnostic::new(
                        "empty-rule",
                        span,
                        said!("`{key}` lists no rules", "`{key}` noemt geen regels"),
                    )
                    .label(said!("decides nothing", "beslist niets")),
                );
                None
            }
            ValueInner::Array(items) => {
                let count = items.len();
                let rules: Vec<RuleDecl> = items
                    .into_iter()
                    .filter_map(|item| self.rule(item))
                    .collect();
                (rules.len() == count).then_some(rules)
            }
            other => {
                let expected = said!("a list of rules", "een lijst van regels");
                wrong_type(self.diagnostics, span, key, expected, &other);
                None
            }
        }
    }

    /// A rule is an inline table whose first key of a [`RuleForm`] says which form it has.
    pub fn rule(&mut self, mut value: Toml<'_>) -> Option<RuleDecl> {
        let span = Span::from(value.span);
        let mut table = match value.take() {
            ValueInner::Table(table) => table,
            other => {
                let found = type_name(&other);
                self.push(
                    Diagnostic::new(
                        "wrong-type",
                        span,
                        Said::new(
                            format!("a rule must be a table, not {}", found.en),
                            format!("een regel moet een tabel zijn, niet {}", found.nl),
                        ),
                    )
                    .label(said!(
                        "expected a rule such as `{{ all_of = [\"vws\", \"zn\", \"vng\"] }}`",
                        "verwacht: een regel zoals `{{ all_of = [\"vws\", \"zn\", \"vng\"] }}`"
                    )),
                );
                return None;
            }
        };
        let Some(form) = RULE_FORMS.iter().find(|f| table.contains_key(f.key)) else {
            self.push(unknown_rule(span));
            return None;
        };
        let mut fields = Fields {
            kind: &RULE_TABLE,
            span,
            values: Vec::new(),
            written: Vec::new(),
        };
        for field in form.fields {
            match table.remove(field.name) {
                Some(value) => {
                    if let Some(read) = self.value(value, field, &RULE_TABLE) {
                        fields.values.push((field.name, read));
                    }
                }
                None => {
                    let help = field.help.map(Said::from).unwrap_or_default();
                    self.missing_in(span, THIS_RULE, field.name, help);
                }
            }
        }
        self.unknown_keys(
            table,
            &crate::language::elements::rule_field_names(),
            THIS_RULE,
        );
        rule_of_form(form, &mut fields)
    }
}

/// The rule of `form` from its fields, when they are all there.
fn rule_of_form(form: &RuleForm, fields: &mut Fields) -> Option<RuleDecl> {
    Some(match form.key {
        "all_of" => RuleDecl::AllOf(fields.voters("all_of")),
        "at_least" => {
            let count = fields.number("at_least");
            let of = fields.voters("of");
            RuleDecl::AtLeast { count: count?, of }
        }
        "unanimous" => RuleDecl::Unanimous(fields.text("unanimous")?),
        "weighted" => {
            let body = fields.text("weighted");
            let threshold = fields.number("threshold");
            RuleDecl::Weighted {
                body: body?,
                threshold: threshold?,
            }
        }
        "majority_of_present" => {
            let body = fields.text("majority_of_present");
            let quorum = fields.number("quorum");
            RuleDecl::MajorityOfPresent {
                body: body?,
                quorum: quorum?,
            }
        }
        "veto" => {
            let holders = fields.voters("veto");
            let (rule, _) = fields.rule("rule")?;
            RuleDecl::Veto {
                holders,
                rule: Box::new(rule),
            }
        }
        "all_rules" => RuleDecl::AllRules(fields.rules("all_rules")?),
        "any_rule" => RuleDecl::AnyRule(fields.rules("any_rule")?),
        other => unreachable!("a rule form without a reader: `{other}`"),
    })
}

/// A table that is no rule of the language.
fn unknown_rule(span: Span) -> Diagnostic {
    let forms = "`all_of`, `at_least` + `of`, `unanimous`, `weighted` + `threshold`, \
                 `majority_of_present` + `quorum`, `veto` + `rule`, `all_rules`, `any_rule`";
    Diagnostic::new(
        "unknown-rule",
        span,
        said!(
            "this rule has no form this language knows",
            "deze regel heeft geen vorm die deze taal kent"
        ),
    )
    .label(said!("not a rule", "geen regel"))
    .help(said!(
        "a rule is one of {forms}",
        "een regel is een van {forms}"
    ))
}
