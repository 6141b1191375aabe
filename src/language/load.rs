//! Stage 1: from a file's bytes to the declarations it contains.
//!
//! Loading reads TOML (with byte spans kept) and checks the *shape* of every declaration:
//! known tables and fields, the right types, required fields present, keywords spelled as the
//! language defines them. References between elements stay text here; [`crate::language::validate`]
//! resolves them. Loading never stops at the first problem: every declaration is read, and
//! every problem becomes a [`Diagnostic`].

use crate::language::diagnostic::{Diagnostic, Said, did_you_mean, said, suggest};
use crate::language::source::{SourceFile, Span};
use crate::model::{
    BodyKind, DecisionKind, Method, Nature, PartyKind, RegionRole, RelationKind, RightKind, Side,
    StepKind, Stream,
};
use toml_span::value::{Table, Value, ValueInner};

/// Larger model files are refused before they are parsed: the national model with 342
/// municipalities and hundreds of plans is well under 1 MiB.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// More diagnostics than this for one file are summarised in one line.
pub const MAX_DIAGNOSTICS: usize = 100;

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

/// The largest amount of money a model may name: 10¹⁵ euros.
pub const MAX_EUROS: i64 = 1_000_000_000_000_000;

/// Everything a model file declares, in file order.
#[derive(Debug, Default)]
pub struct Document {
    pub header: Option<Header>,
    pub parties: Vec<PartyDecl>,
    pub bodies: Vec<BodyDecl>,
    pub agreements: Vec<AgreementDecl>,
    pub relations: Vec<RelationDecl>,
    pub rights: Vec<RightDecl>,
    pub regions: Vec<RegionDecl>,
    pub plans: Vec<PlanDecl>,
    pub decisions: Vec<DecisionDecl>,
    pub tasks: Vec<TaskDecl>,
    pub cuts: Vec<CutDecl>,
    pub process: Vec<ProcessDecl>,
    /// Ids of declarations that could not be read; references to them are not reported again.
    pub broken_ids: Vec<String>,
}

#[derive(Debug)]
pub struct Header {
    pub title: Text,
    pub source: Text,
    pub commissioners: Vec<Text>,
    pub rlimit: Option<Spanned<u32>>,
    /// `years = [first, last]`: the years the money rules check.
    pub years: Option<Spanned<(i32, i32)>>,
    /// `rules = [...]`: the ids of the rules that apply; all when absent.
    pub rules: Option<Vec<Text>>,
    pub span: Span,
}

#[derive(Debug)]
pub struct PartyDecl {
    pub id: Text,
    pub name: Option<Text>,
    pub kind: Spanned<PartyKind>,
    pub side: Option<Spanned<Side>>,
    pub source: Text,
    pub span: Span,
}

#[derive(Debug)]
pub struct BodyDecl {
    pub id: Text,
    pub name: Option<Text>,
    pub kind: Spanned<BodyKind>,
    pub members: Vec<MemberDecl>,
    pub chair: Option<Text>,
    pub source: Text,
    pub span: Span,
}

#[derive(Debug)]
pub struct MemberDecl {
    pub party: Text,
    pub votes: Spanned<u32>,
}

#[derive(Debug)]
pub struct AgreementDecl {
    pub id: Text,
    pub name: Option<Text>,
    pub commissioners: Vec<CommissionerDecl>,
    /// `method = "udo"`, with its `method_source`.
    pub method: Option<(Spanned<Method>, Text)>,
    pub source: Text,
    pub span: Span,
}

#[derive(Debug)]
pub struct CommissionerDecl {
    pub party: Text,
    pub role: Text,
    pub source: Text,
    pub span: Span,
}

#[derive(Debug)]
pub struct RelationDecl {
    pub kind: Spanned<RelationKind>,
    pub from: Text,
    pub to: Text,
    pub funding: Option<FundingDecl>,
    /// `lead = true`: only on `directs` relations.
    pub lead: Option<Spanned<bool>>,
    pub source: Text,
    pub span: Span,
}

#[derive(Debug)]
pub struct FundingDecl {
    pub amount: Spanned<i64>,
    pub year: Spanned<i32>,
    /// The last year of structural funding, if it ends.
    pub until: Option<Spanned<i32>>,
    pub nature: Spanned<Nature>,
    pub stream: Spanned<Stream>,
}

/// A structural task of a party under the agreement, with its yearly cost.
#[derive(Debug)]
pub struct TaskDecl {
    pub id: Text,
    pub name: Option<Text>,
    pub of: Text,
    pub cost: Spanned<i64>,
    pub from: Spanned<i32>,
    pub until: Option<Spanned<i32>>,
    pub source: Text,
    pub span: Span,
}

/// A cut on a party's funds, per year: `amount`, or a range up to `up_to`.
#[derive(Debug)]
pub struct CutDecl {
    pub id: Text,
    pub name: Option<Text>,
    pub on: Text,
    pub amount: Spanned<i64>,
    pub up_to: Option<Spanned<i64>>,
    pub from: Spanned<i32>,
    pub until: Option<Spanned<i32>>,
    pub source: Text,
    pub span: Span,
}

/// A step of the process that leads to the agreement.
#[derive(Debug)]
pub struct ProcessDecl {
    pub id: Text,
    pub name: Option<Text>,
    pub kind: Spanned<StepKind>,
    pub by: Option<Text>,
    pub after: Vec<Text>,
    /// Day numbers ([`crate::model::day_number`]).
    pub earliest: Option<Spanned<i64>>,
    pub deadline: Option<Spanned<i64>>,
    pub days: Option<Spanned<i64>>,
    pub source: Text,
    pub span: Span,
}

#[derive(Debug)]
pub struct RightDecl {
    pub holder: Text,
    pub kind: Spanned<RightKind>,
    pub over: Text,
    pub system_responsibility: Option<Spanned<bool>>,
    pub source: Text,
    pub span: Span,
}

#[derive(Debug)]
pub struct RegionDecl {
    pub id: Text,
    pub name: Option<Text>,
    pub market_leaders: Vec<Text>,
    pub insurers: Vec<Text>,
    pub municipalities: Vec<Text>,
    pub mandate_municipality: Option<Text>,
    pub review_body: Option<Text>,
    pub source: Text,
    pub span: Span,
}

#[derive(Debug)]
pub struct PlanDecl {
    pub id: Text,
    pub name: Option<Text>,
    pub region: Option<Text>,
    pub funded_by: Spanned<Stream>,
    pub source: Text,
    pub span: Span,
}

#[derive(Debug)]
pub struct DecisionDecl {
    pub id: Text,
    pub name: Option<Text>,
    pub about: Text,
    pub subject: Option<Text>,
    pub kind: Spanned<DecisionKind>,
    pub funded_by: Option<Vec<Spanned<Stream>>>,
    pub taken_by: Option<Text>,
    /// `binding = true` or `false`.
    pub binding: Option<Spanned<bool>>,
    pub steps: Vec<StepDecl>,
    pub source: Text,
    pub span: Span,
}

#[derive(Debug)]
pub struct StepDecl {
    pub name: Text,
    /// The decision's own `rule`, read as its only step.
    pub implicit: bool,
    pub rule: RuleDecl,
    pub source: Text,
    pub span: Span,
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

/// Reads a model file from disk. Problems with the file itself (missing, a directory, too
/// large, not UTF-8) are diagnostics too.
pub fn read_file(path: &str) -> Result<SourceFile, Box<(SourceFile, Diagnostic)>> {
    let empty = || SourceFile::new(path, "");
    let metadata = match std::fs::metadata(path) {
        Ok(metadata) => metadata,
        Err(error) => {
            let message = match error.kind() {
                std::io::ErrorKind::NotFound => said!(
                    "cannot read `{path}`: no such file",
                    "kan `{path}` niet lezen: het bestand bestaat niet"
                ),
                _ => said!(
                    "cannot read `{path}`: {error}",
                    "kan `{path}` niet lezen: {error}"
                ),
            };
            return Err(Box::new((
                empty(),
                Diagnostic::file("unreadable-file", message),
            )));
        }
    };
    if metadata.is_dir() {
        let message = said!(
            "cannot read `{path}`: it is a directory, not a model file",
            "kan `{path}` niet lezen: het is een map, geen modelbestand"
        );
        return Err(Box::new((
            empty(),
            Diagnostic::file("unreadable-file", message),
        )));
    }
    if metadata.len() > MAX_FILE_BYTES {
        let message = said!(
            "`{path}` is {} bytes; model files are limited to {MAX_FILE_BYTES} bytes",
            "`{path}` is {} bytes; een modelbestand is hoogstens {MAX_FILE_BYTES} bytes",
            metadata.len()
        );
        return Err(Box::new((
            empty(),
            Diagnostic::file("file-too-large", message),
        )));
    }
    match std::fs::read(path) {
        Ok(bytes) => decode(path, bytes),
        Err(error) => {
            let message = said!(
                "cannot read `{path}`: {error}",
                "kan `{path}` niet lezen: {error}"
            );
            Err(Box::new((
                empty(),
                Diagnostic::file("unreadable-file", message),
            )))
        }
    }
}

/// The text of a model file from its bytes, which must be UTF-8; `path` names it in messages.
pub fn decode(path: &str, bytes: Vec<u8>) -> Result<SourceFile, Box<(SourceFile, Diagnostic)>> {
    match String::from_utf8(bytes) {
        Ok(text) => Ok(SourceFile::new(path, text)),
        Err(error) => {
            let offset = error.utf8_error().valid_up_to();
            let lossy = String::from_utf8_lossy(error.as_bytes()).into_owned();
            let file = SourceFile::new(path, lossy);
            let at = file.text[..].char_indices().nth(
                String::from_utf8_lossy(&error.as_bytes()[..offset])
                    .chars()
                    .count(),
            );
            let start = at.map_or(file.text.len(), |(i, _)| i);
            let diagnostic = Diagnostic::new(
                "not-utf8",
                Span::new(start, start + 1),
                said!(
                    "model files must be UTF-8 text",
                    "een modelbestand moet UTF-8-tekst zijn"
                ),
            )
            .label(said!("this byte is not UTF-8", "deze byte is geen UTF-8"));
            Err(Box::new((file, diagnostic)))
        }
    }
}

/// Parses the text of a model file into its declarations, with every problem found.
pub fn parse(file: &SourceFile) -> (Document, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let mut document = Document::default();
    let mut root = match toml_span::parse(&file.text) {
        Ok(root) => root,
        Err(error) => {
            diagnostics.push(toml_error(&error));
            return (document, diagnostics);
        }
    };
    let root_span = Span::from(root.span);
    let ValueInner::Table(mut table) = root.take() else {
        return (document, diagnostics);
    };
    let mut reader = Reader {
        diagnostics: &mut diagnostics,
        broken_ids: Vec::new(),
    };
    if let Some(value) = table.remove("model") {
        document.header = reader.in_table(value, "the `[model]` table", |r, t| r.header(t));
    } else {
        reader.diagnostics.push(
            Diagnostic::new(
                "missing-field",
                Span::new(root_span.start, root_span.start),
                said!(
                    "missing the `[model]` table",
                    "de tabel `[model]` ontbreekt"
                ),
            )
            .help(said!(
                "start the file with `[model]`, its `title`, `source` and `commissioners`",
                "begin het bestand met `[model]`, met `title`, `source` en `commissioners`"
            )),
        );
    }
    document.parties = reader.array_of(&mut table, "party", |r, t| r.party(t));
    document.bodies = reader.array_of(&mut table, "body", |r, t| r.body(t));
    document.agreements = reader.array_of(&mut table, "agreement", |r, t| r.agreement(t));
    document.relations = reader.array_of(&mut table, "relation", |r, t| r.relation(t));
    document.rights = reader.array_of(&mut table, "right", |r, t| r.right(t));
    document.regions = reader.array_of(&mut table, "region", |r, t| r.region(t));
    document.plans = reader.array_of(&mut table, "plan", |r, t| r.plan(t));
    document.decisions = reader.array_of(&mut table, "decision", |r, t| r.decision(t));
    document.tasks = reader.array_of(&mut table, "task", |r, t| r.task(t));
    document.cuts = reader.array_of(&mut table, "cut", |r, t| r.cut(t));
    document.process = reader.array_of(&mut table, "process", |r, t| r.process_step(t));
    reader.unknown_keys(
        table,
        &[
            "model",
            "party",
            "body",
            "agreement",
            "relation",
            "right",
            "region",
            "plan",
            "decision",
            "task",
            "cut",
            "process",
        ],
        "the top level",
    );
    document.broken_ids = reader.broken_ids;
    diagnostics.sort_by_key(|d| d.span.map(|s| (s.start, s.end)));
    (document, diagnostics)
}

fn toml_error(error: &toml_span::Error) -> Diagnostic {
    use toml_span::ErrorKind;
    let span = Span::from(error.span);
    let span = if span.end > span.start {
        span
    } else {
        Span::new(span.start, span.start + 1)
    };
    let message = match &error.kind {
        ErrorKind::ExceededDepthLimit => said!(
            "the file nests tables or arrays too deeply",
            "het bestand bevat te diep geneste tabellen of lijsten"
        ),
        ErrorKind::DuplicateKey { key, .. } => said!(
            "`{key}` is set twice in the same table",
            "`{key}` staat twee keer in dezelfde tabel"
        ),
        ErrorKind::DuplicateTable { name, .. } => said!(
            "the table `[{name}]` is defined twice",
            "de tabel `[{name}]` is twee keer gedefinieerd"
        ),
        _ => Said::new(
            format!("this is not valid TOML: {error}"),
            format!("dit is geen geldige TOML: {}", toml_detail_nl(error)),
        ),
    };
    let mut diagnostic = Diagnostic::new("invalid-toml", span, message);
    if let ErrorKind::DuplicateKey { first, .. } | ErrorKind::DuplicateTable { first, .. } =
        &error.kind
    {
        diagnostic = diagnostic.note(
            Span::from(*first),
            said!("first set here", "hier voor het eerst gezet"),
        );
    }
    diagnostic
}

/// The Dutch of what the TOML parser found wrong; the parser's own English where it names
/// what it expected.
fn toml_detail_nl(error: &toml_span::Error) -> String {
    use toml_span::ErrorKind;
    let shown = |c: char| -> String {
        if c.is_whitespace() {
            c.escape_default().collect()
        } else {
            c.to_string()
        }
    };
    match &error.kind {
        ErrorKind::UnexpectedEof => "het bestand houdt onverwacht op".to_string(),
        ErrorKind::InvalidCharInString(c) => format!("ongeldig teken in tekst: `{}`", shown(*c)),
        ErrorKind::InvalidEscape(c) => {
            format!("ongeldig escapeteken in tekst: `{}`", shown(*c))
        }
        ErrorKind::InvalidHexEscape(c) => {
            format!(
                "ongeldig hexadecimaal escapeteken in tekst: `{}`",
                shown(*c)
            )
        }
        ErrorKind::InvalidEscapeValue(c) => format!("ongeldige escapewaarde: `{c}`"),
        ErrorKind::Unexpected(c) => format!("onverwacht teken: `{}`", shown(*c)),
        ErrorKind::UnterminatedString => "tekst zonder sluitend aanhalingsteken".to_string(),
        ErrorKind::InvalidNumber => "ongeldig getal".to_string(),
        ErrorKind::OutOfRange(kind) => format!("buiten het bereik van '{kind}'"),
        ErrorKind::Wanted { expected, found } => {
            format!(
                "verwacht: {}; gevonden: {}",
                token_nl(expected),
                token_nl(found)
            )
        }
        ErrorKind::RedefineAsArray => "een tabel wordt opnieuw gedefinieerd als lijst".to_string(),
        ErrorKind::MultilineStringKey => {
            "een sleutel kan geen tekst over meerdere regels zijn".to_string()
        }
        ErrorKind::DottedKeyInvalidType { .. } => {
            "een sleutel met punten breidt een waarde uit die geen tabel is".to_string()
        }
        ErrorKind::UnquotedString => "tekst zonder aanhalingstekens".to_string(),
        _ => error.to_string(),
    }
}

/// The Dutch of a token as the TOML parser describes it ("a newline", "eof").
fn token_nl(token: &str) -> &str {
    match token {
        "a table key" => "een sleutel van een tabel",
        "a value" => "een waarde",
        "newline" | "a newline" => "een nieuwe regel",
        "eof" => "het einde van het bestand",
        "an identifier" => "een naam",
        "an equals" => "een `=`",
        "a period" => "een punt",
        "a comment" => "commentaar",
        "whitespace" => "witruimte",
        "a comma" => "een komma",
        "a right brace" => "een `}`",
        "a left brace" => "een `{`",
        "a right bracket" => "een `]`",
        "a left bracket" => "een `[`",
        "a multiline string" => "een tekst over meerdere regels",
        "a string" => "een tekst",
        "a colon" => "een dubbele punt",
        "a plus" => "een `+`",
        other => other,
    }
}

fn type_name(value: &ValueInner<'_>) -> Said {
    let (en, nl) = match value {
        ValueInner::String(_) => ("a string", "een tekst"),
        ValueInner::Integer(_) => ("an integer", "een geheel getal"),
        ValueInner::Float(_) => ("a decimal number", "een decimaal getal"),
        ValueInner::Boolean(_) => ("a boolean", "een waarheidswaarde"),
        ValueInner::Array(_) => ("an array", "een lijst"),
        ValueInner::Table(_) => ("a table", "een tabel"),
    };
    Said::new(en, nl)
}

/// The Dutch of the name of a table being read (`what`): "a `[[party]]`" is "een `[[party]]`".
fn what_nl(what: &str) -> String {
    match what {
        "the `[model]` table" => "de tabel `[model]`".to_string(),
        "the top level" => "het hoogste niveau".to_string(),
        "a member" => "een lid".to_string(),
        "this rule" => "deze regel".to_string(),
        "a table" => "een tabel".to_string(),
        _ => match what.strip_prefix("an ").or_else(|| what.strip_prefix("a ")) {
            Some(rest) => format!("een {rest}"),
            None => what.to_string(),
        },
    }
}

/// The fields of one table being read; the fields not taken by the end are reported.
struct Fields<'de> {
    table: Table<'de>,
    span: Span,
    what: &'static str,
}

struct Reader<'d> {
    diagnostics: &'d mut Vec<Diagnostic>,
    broken_ids: Vec<String>,
}

impl Reader<'_> {
    fn wrong_type(&mut self, span: Span, key: &str, expected: Said, found: &ValueInner<'_>) {
        let found = type_name(found);
        self.diagnostics.push(
            Diagnostic::new(
                "wrong-type",
                span,
                Said::new(
                    format!("`{key}` must be {}, not {}", expected.en, found.en),
                    format!("`{key}` moet {} zijn, niet {}", expected.nl, found.nl),
                ),
            )
            .label(Said::new(
                format!("expected {}", expected.en),
                format!("verwacht: {}", expected.nl),
            )),
        );
    }

    /// Reads `value` as a table and hands its fields to `read`; then reports unknown fields.
    fn in_table<T>(
        &mut self,
        mut value: Value<'_>,
        what: &'static str,
        read: impl FnOnce(&mut Self, &mut Fields<'_>) -> Option<T>,
    ) -> Option<T> {
        let span = Span::from(value.span);
        match value.take() {
            ValueInner::Table(table) => {
                let mut fields = Fields { table, span, what };
                let result = read(self, &mut fields);
                let Fields { table, .. } = fields;
                self.unknown_keys(table, known_fields(what), what);
                result
            }
            other => {
                self.diagnostics.push(
                    Diagnostic::new(
                        "wrong-type",
                        span,
                        Said::new(
                            format!("{what} must be a table, not {}", type_name(&other).en),
                            format!(
                                "{} moet een tabel zijn, niet {}",
                                what_nl(what),
                                type_name(&other).nl
                            ),
                        ),
                    )
                    .label(said!("expected a table", "verwacht: een tabel")),
                );
                None
            }
        }
    }

    /// Reads the array of tables `[[key]]` of a table.
    fn array_of<T>(
        &mut self,
        table: &mut Table<'_>,
        key: &'static str,
        mut read: impl FnMut(&mut Self, &mut Fields<'_>) -> Option<T>,
    ) -> Vec<T> {
        let Some(mut value) = table.remove(key) else {
            return Vec::new();
        };
        let span = Span::from(value.span);
        match value.take() {
            ValueInner::Array(items) => items
                .into_iter()
                .filter_map(|item| self.in_table(item, element_name(key), &mut read))
                .collect(),
            other => {
                self.wrong_type(
                    span,
                    key,
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

    fn unknown_keys(&mut self, table: Table<'_>, known: &[&str], what: &str) {
        for (key, _) in table {
            let mut diagnostic = Diagnostic::new(
                "unknown-field",
                Span::from(key.span),
                Said::new(
                    format!("unknown field `{}` in {what}", key.name),
                    format!("onbekend veld `{}` in {}", key.name, what_nl(what)),
                ),
            )
            .label(said!("not a field here", "geen veld op deze plek"));
            if let Some(suggestion) = did_you_mean(&key.name, known.iter().copied()) {
                diagnostic = diagnostic.help(suggest(suggestion));
            }
            self.diagnostics.push(diagnostic);
        }
    }

    /// Records the id of a declaration that could not be read completely.
    fn finish<T>(&mut self, id: &Option<Text>, built: Option<T>) -> Option<T> {
        if built.is_none() {
            if let Some(id) = id {
                self.broken_ids.push(id.value.clone());
            }
        }
        built
    }

    fn missing(&mut self, fields: &Fields<'_>, key: &str, help: Said) {
        let mut diagnostic = Diagnostic::new(
            "missing-field",
            fields.span,
            Said::new(
                format!("{} has no `{key}`", fields.what),
                format!("{} heeft geen `{key}`", what_nl(fields.what)),
            ),
        )
        .label(said!("`{key}` is required", "`{key}` is verplicht"));
        if !help.is_empty() {
            diagnostic = diagnostic.help(help);
        }
        self.diagnostics.push(diagnostic);
    }

    fn optional_text(&mut self, fields: &mut Fields<'_>, key: &str) -> Option<Text> {
        let mut value = fields.table.remove(key)?;
        let span = Span::from(value.span);
        match value.take() {
            ValueInner::String(s) => Some(Text {
                value: s.into_owned(),
                span,
            }),
            other => {
                self.wrong_type(span, key, said!("a string", "een tekst"), &other);
                None
            }
        }
    }

    fn text(&mut self, fields: &mut Fields<'_>, key: &str, help: Said) -> Option<Text> {
        if !fields.table.contains_key(key) {
            self.missing(fields, key, help);
            return None;
        }
        self.optional_text(fields, key)
    }

    /// Every element cites the clause it comes from. A missing `source` is reported, and the
    /// element is still read, so that references to it are checked too.
    fn source(&mut self, fields: &mut Fields<'_>) -> Option<Text> {
        let source = self.text(
            fields,
            "source",
            said!(
                "cite the clause this comes from, e.g. `source = \"IZA 2022, p. 17\"`",
                "noem de bepaling waar dit vandaan komt, bijv. `source = \"IZA 2022, p. 17\"`"
            ),
        );
        Some(source.unwrap_or(Text {
            value: String::new(),
            span: fields.span,
        }))
    }

    fn keyword<K: Copy>(
        &mut self,
        fields: &mut Fields<'_>,
        key: &str,
        required: bool,
        all: &[K],
        parse: fn(&str) -> Option<K>,
        spell: fn(K) -> &'static str,
    ) -> Option<Spanned<K>> {
        let text = if required {
            self.text(fields, key, Said::default())?
        } else {
            self.optional_text(fields, key)?
        };
        let noun = match (key, fields.what) {
            ("kind", "a `[[party]]`") => said!("kind of party", "soort partij"),
            ("kind", "a `[[body]]`") => said!("kind of body", "soort orgaan"),
            ("kind", "a `[[relation]]`") => said!("kind of relation", "soort relatie"),
            ("kind", "a `[[decision]]`") => said!("kind of decision", "soort besluit"),
            ("kind", "a `[[process]]`") => said!("kind of process step", "soort processtap"),
            ("funded_by" | "stream", _) => said!("money stream", "geldstroom"),
            ("nature", _) => said!("nature of funding", "aard van financiering"),
            (key, _) => said!("{key}", "waarde van `{key}`"),
        };
        self.keyword_of(&text, noun, all, parse, spell)
    }

    fn keyword_of<K: Copy>(
        &mut self,
        text: &Text,
        noun: Said,
        all: &[K],
        parse: fn(&str) -> Option<K>,
        spell: fn(K) -> &'static str,
    ) -> Option<Spanned<K>> {
        if let Some(value) = parse(&text.value) {
            return Some(Spanned {
                value,
                span: text.span,
            });
        }
        let words: Vec<&str> = all.iter().map(|k| spell(*k)).collect();
        let mut diagnostic = Diagnostic::new(
            "unknown-keyword",
            text.span,
            Said::new(
                format!("`{}` is not a {}", text.value, noun.en),
                format!("`{}` is geen {}", text.value, noun.nl),
            ),
        )
        .label(Said::new(
            format!("not a {}", noun.en),
            format!("geen {}", noun.nl),
        ));
        diagnostic = match did_you_mean(&text.value, words.iter().copied()) {
            Some(suggestion) => diagnostic.help(suggest(suggestion)),
            None => diagnostic.help(Said::new(
                format!("a {} is one of: {}", noun.en, words.join(", ")),
                format!("een {} is een van: {}", noun.nl, words.join(", ")),
            )),
        };
        self.diagnostics.push(diagnostic);
        None
    }

    fn integer<N: TryFrom<i64>>(
        &mut self,
        fields: &mut Fields<'_>,
        key: &str,
        required: bool,
        range: Said,
    ) -> Option<Spanned<N>> {
        if !fields.table.contains_key(key) {
            if required {
                self.missing(fields, key, Said::default());
            }
            return None;
        }
        let mut value = fields.table.remove(key)?;
        let span = Span::from(value.span);
        match value.take() {
            ValueInner::Integer(i) => match N::try_from(i) {
                Ok(value) => Some(Spanned { value, span }),
                Err(_) => {
                    self.diagnostics.push(
                        Diagnostic::new(
                            "out-of-range",
                            span,
                            said!(
                                "`{key}` = {i} is out of range",
                                "`{key}` = {i} valt buiten het bereik"
                            ),
                        )
                        .label(Said::new(
                            format!("must be {}", range.en),
                            format!("moet {} zijn", range.nl),
                        )),
                    );
                    None
                }
            },
            other => {
                self.wrong_type(
                    span,
                    key,
                    said!("a whole number", "een geheel getal"),
                    &other,
                );
                None
            }
        }
    }

    fn boolean(&mut self, fields: &mut Fields<'_>, key: &str) -> Option<Spanned<bool>> {
        let mut value = fields.table.remove(key)?;
        let span = Span::from(value.span);
        match value.take() {
            ValueInner::Boolean(value) => Some(Spanned { value, span }),
            other => {
                self.wrong_type(
                    span,
                    key,
                    said!("`true` or `false`", "`true` of `false`"),
                    &other,
                );
                None
            }
        }
    }

    /// An array of strings; a missing key is an empty list.
    fn text_list(&mut self, fields: &mut Fields<'_>, key: &str) -> Vec<Text> {
        let Some(mut value) = fields.table.remove(key) else {
            return Vec::new();
        };
        let span = Span::from(value.span);
        match value.take() {
            ValueInner::Array(items) => items
                .into_iter()
                .filter_map(|mut item| {
                    let span = Span::from(item.span);
                    match item.take() {
                        ValueInner::String(s) => Some(Text {
                            value: s.into_owned(),
                            span,
                        }),
                        other => {
                            self.wrong_type(span, key, ids_expected(), &other);
                            None
                        }
                    }
                })
                .collect(),
            other => {
                self.wrong_type(span, key, ids_expected(), &other);
                Vec::new()
            }
        }
    }

    fn header(&mut self, f: &mut Fields<'_>) -> Option<Header> {
        let title = self.text(f, "title", Said::default());
        let source = self.source(f);
        let commissioners = self.text_list(f, "commissioners");
        let rlimit = self.integer::<u32>(
            f,
            "rlimit",
            false,
            said!(
                "a number of solver steps, at most 4294967295",
                "een aantal stappen van de solver, hoogstens 4294967295"
            ),
        );
        let years = self.year_range(f, "years");
        let rules = f
            .table
            .contains_key("rules")
            .then(|| self.text_list(f, "rules"));
        Some(Header {
            title: title?,
            source: source?,
            commissioners,
            rlimit,
            years,
            rules,
            span: f.span,
        })
    }

    fn party(&mut self, f: &mut Fields<'_>) -> Option<PartyDecl> {
        let id = self.text(f, "id", Said::default());
        let name = self.optional_text(f, "name");
        let kind = self.keyword(
            f,
            "kind",
            true,
            PartyKind::ALL,
            PartyKind::parse,
            PartyKind::as_str,
        );
        let side = self.keyword(f, "side", false, Side::ALL, Side::parse, Side::as_str);
        let source = self.source(f);
        let built = (|| {
            Some(PartyDecl {
                id: id.clone()?,
                name,
                kind: kind?,
                side,
                source: source?,
                span: f.span,
            })
        })();
        self.finish(&id, built)
    }

    fn body(&mut self, f: &mut Fields<'_>) -> Option<BodyDecl> {
        let id = self.text(f, "id", Said::default());
        let name = self.optional_text(f, "name");
        let kind = self.keyword(
            f,
            "kind",
            true,
            BodyKind::ALL,
            BodyKind::parse,
            BodyKind::as_str,
        );
        let members = self.members(f);
        let chair = self.optional_text(f, "chair");
        let source = self.source(f);
        let built = (|| {
            Some(BodyDecl {
                id: id.clone()?,
                name,
                kind: kind?,
                members,
                chair,
                source: source?,
                span: f.span,
            })
        })();
        self.finish(&id, built)
    }

    /// `members = ["a", "b"]` or `members = [{ party = "a", votes = 3 }, ...]`, mixed freely.
    fn members(&mut self, f: &mut Fields<'_>) -> Vec<MemberDecl> {
        let Some(mut value) = f.table.remove("members") else {
            self.missing(
                f,
                "members",
                said!(
                    "list the parties that sit in this body",
                    "noem de partijen die in dit orgaan zitten"
                ),
            );
            return Vec::new();
        };
        let span = Span::from(value.span);
        let items = match value.take() {
            ValueInner::Array(items) => items,
            other => {
                self.wrong_type(
                    span,
                    "members",
                    said!("a list of members", "een lijst van leden"),
                    &other,
                );
                return Vec::new();
            }
        };
        let mut members = Vec::new();
        for mut item in items {
            let span = Span::from(item.span);
            match item.take() {
                ValueInner::String(s) => members.push(MemberDecl {
                    party: Text {
                        value: s.into_owned(),
                        span,
                    },
                    votes: Spanned { value: 1, span },
                }),
                ValueInner::Table(table) => {
                    let mut fields = Fields {
                        table,
                        span,
                        what: "a member",
                    };
                    let party = self.text(&mut fields, "party", Said::default());
                    let votes = self.integer::<u32>(
                        &mut fields,
                        "votes",
                        false,
                        said!("0 or more", "0 of meer"),
                    );
                    let Fields { table, .. } = fields;
                    self.unknown_keys(table, &["party", "votes"], "a member");
                    if let Some(party) = party {
                        members.push(MemberDecl {
                            party,
                            votes: votes.unwrap_or(Spanned { value: 1, span }),
                        });
                    }
                }
                other => self.wrong_type(
                    span,
                    "members",
                    said!(
                        "a party id or a table",
                        "een id van een partij of een tabel"
                    ),
                    &other,
                ),
            }
        }
        members
    }

    fn agreement(&mut self, f: &mut Fields<'_>) -> Option<AgreementDecl> {
        let id = self.text(f, "id", Said::default());
        let name = self.optional_text(f, "name");
        let commissioners = self.array_of(&mut f.table, "commissioner", |r, t| {
            let party = r.text(t, "party", Said::default());
            let role = r.text(t, "role", Said::default());
            let source = r.source(t);
            Some(CommissionerDecl {
                party: party?,
                role: role?,
                source: source?,
                span: t.span,
            })
        });
        let has_method = f.table.contains_key("method");
        let method = self.keyword(
            f,
            "method",
            false,
            Method::ALL,
            Method::parse,
            Method::as_str,
        );
        let method_source = self.optional_text(f, "method_source");
        let method = match (method, method_source) {
            (Some(method), Some(source)) => Some((method, source)),
            (Some(method), None) => {
                self.diagnostics.push(
                    Diagnostic::new(
                        "missing-field",
                        method.span,
                        said!(
                            "a `method` needs its own `method_source`",
                            "een `method` heeft een eigen `method_source` nodig"
                        ),
                    )
                    .label(said!("cited where?", "waar staat dit?"))
                    .help(said!(
                        "cite the clause that sets the method, e.g. `method_source = \"seed 004\"`",
                        "noem de bepaling die de methode vastlegt, bijv. `method_source = \"seed 004\"`"
                    )),
                );
                None
            }
            (None, Some(source)) if !has_method => {
                self.diagnostics.push(
                    Diagnostic::new(
                        "unexpected-field",
                        source.span,
                        said!(
                            "a `method_source` cites a `method`, and this agreement has none",
                            "een `method_source` noemt de bron van een `method`, en dit akkoord heeft er geen"
                        ),
                    )
                    .label(said!(
                        "remove this, or add `method = \"udo\"`",
                        "verwijder dit, of voeg `method = \"udo\"` toe"
                    )),
                );
                None
            }
            _ => None,
        };
        let source = self.source(f);
        let built = (|| {
            Some(AgreementDecl {
                id: id.clone()?,
                name,
                commissioners,
                method,
                source: source?,
                span: f.span,
            })
        })();
        self.finish(&id, built)
    }

    fn relation(&mut self, f: &mut Fields<'_>) -> Option<RelationDecl> {
        let kind = self.keyword(
            f,
            "kind",
            true,
            RelationKind::ALL,
            RelationKind::parse,
            RelationKind::as_str,
        );
        let from = self.text(f, "from", Said::default());
        let to = self.text(f, "to", Said::default());
        let is_funds = kind.is_some_and(|k| k.value == RelationKind::Funds);
        let funding = if is_funds {
            let amount = self.euros(f, "amount", true);
            let year = self.year(f, "year", true);
            let until = self.year(f, "until", false);
            let nature = self.keyword(
                f,
                "nature",
                true,
                Nature::ALL,
                Nature::parse,
                Nature::as_str,
            );
            let stream = self.keyword(
                f,
                "stream",
                true,
                Stream::ALL,
                Stream::parse,
                Stream::as_str,
            );
            if let (Some(until), Some(nature)) = (&until, &nature) {
                if nature.value == Nature::OneOff {
                    self.diagnostics.push(
                        Diagnostic::new(
                            "wrong-type",
                            until.span,
                            said!(
                                "one-off money has one `year` and no `until`",
                                "incidenteel geld heeft één `year` en geen `until`"
                            ),
                        )
                        .label(said!(
                            "only structural funding runs until a year",
                            "alleen structurele financiering loopt tot een jaar"
                        )),
                    );
                }
            }
            Some(FundingDecl {
                amount: amount?,
                year: year?,
                until,
                nature: nature?,
                stream: stream?,
            })
        } else {
            None
        };
        let lead = self.boolean(f, "lead");
        if let (Some(lead), Some(kind)) = (&lead, &kind) {
            if kind.value != RelationKind::Directs {
                self.diagnostics.push(
                    Diagnostic::new(
                        "unexpected-field",
                        lead.span,
                        said!(
                            "only a `directs` relation has a `lead`, not `{}`",
                            "alleen een relatie `directs` heeft een `lead`, niet `{}`",
                            kind.value
                        ),
                    )
                    .label(said!(
                        "remove this, or make the relation `kind = \"directs\"`",
                        "verwijder dit, of maak de relatie `kind = \"directs\"`"
                    )),
                );
            }
        }
        let source = self.source(f);
        Some(RelationDecl {
            kind: kind?,
            from: from?,
            to: to?,
            funding,
            lead,
            source: source?,
            span: f.span,
        })
    }

    fn right(&mut self, f: &mut Fields<'_>) -> Option<RightDecl> {
        let holder = self.text(f, "holder", Said::default());
        let kind = self.keyword(
            f,
            "right",
            true,
            RightKind::ALL,
            RightKind::parse,
            RightKind::as_str,
        );
        let over = self.text(
            f,
            "over",
            said!(
                "name the agreement or the decision the right is over",
                "noem het akkoord of het besluit waarover het recht gaat"
            ),
        );
        let system_responsibility = self.boolean(f, "system_responsibility");
        let source = self.source(f);
        Some(RightDecl {
            holder: holder?,
            kind: kind?,
            over: over?,
            system_responsibility,
            source: source?,
            span: f.span,
        })
    }

    fn region(&mut self, f: &mut Fields<'_>) -> Option<RegionDecl> {
        let id = self.text(f, "id", Said::default());
        let name = self.optional_text(f, "name");
        let market_leaders = self.text_list(f, "market_leaders");
        let insurers = self.text_list(f, "insurers");
        let municipalities = self.text_list(f, "municipalities");
        let mandate_municipality = self.optional_text(f, "mandate_municipality");
        let review_body = self.optional_text(f, "review_body");
        let source = self.source(f);
        let built = (|| {
            Some(RegionDecl {
                id: id.clone()?,
                name,
                market_leaders,
                insurers,
                municipalities,
                mandate_municipality,
                review_body,
                source: source?,
                span: f.span,
            })
        })();
        self.finish(&id, built)
    }

    fn plan(&mut self, f: &mut Fields<'_>) -> Option<PlanDecl> {
        let id = self.text(f, "id", Said::default());
        let name = self.optional_text(f, "name");
        let region = self.optional_text(f, "region");
        let funded_by = self.keyword(
            f,
            "funded_by",
            true,
            Stream::ALL,
            Stream::parse,
            Stream::as_str,
        );
        let source = self.source(f);
        let built = (|| {
            Some(PlanDecl {
                id: id.clone()?,
                name,
                region,
                funded_by: funded_by?,
                source: source?,
                span: f.span,
            })
        })();
        self.finish(&id, built)
    }

    fn task(&mut self, f: &mut Fields<'_>) -> Option<TaskDecl> {
        let id = self.text(f, "id", Said::default());
        let name = self.optional_text(f, "name");
        let of = self.text(
            f,
            "of",
            said!(
                "the party that carries the task",
                "de partij die de taak uitvoert"
            ),
        );
        let cost = self.euros(f, "cost", true);
        let from = self.year(f, "from", true);
        let until = self.year(f, "until", false);
        let source = self.source(f);
        let built = (|| {
            Some(TaskDecl {
                id: id.clone()?,
                name,
                of: of?,
                cost: cost?,
                from: from?,
                until,
                source: source?,
                span: f.span,
            })
        })();
        self.finish(&id, built)
    }

    fn process_step(&mut self, f: &mut Fields<'_>) -> Option<ProcessDecl> {
        let id = self.text(f, "id", Said::default());
        let name = self.optional_text(f, "name");
        let kind = self.keyword(
            f,
            "kind",
            true,
            StepKind::ALL,
            StepKind::parse,
            StepKind::as_str,
        );
        let by = self.optional_text(f, "by");
        let after = self.text_list(f, "after");
        let earliest = self.date(f, "earliest");
        let deadline = self.date(f, "deadline");
        let days = self.integer::<i64>(f, "days", false, Said::default());
        let days = days.and_then(|d| {
            if (0..=36_500).contains(&d.value) {
                Some(d)
            } else {
                self.diagnostics.push(
                    Diagnostic::new(
                        "out-of-range",
                        d.span,
                        said!(
                            "`days` = {} is out of range",
                            "`days` = {} valt buiten het bereik",
                            d.value
                        ),
                    )
                    .label(said!(
                        "must be a number of days from 0 to 36500",
                        "moet een aantal dagen van 0 tot en met 36500 zijn"
                    )),
                );
                None
            }
        });
        let source = self.source(f);
        let built = (|| {
            Some(ProcessDecl {
                id: id.clone()?,
                name,
                kind: kind?,
                by,
                after,
                earliest,
                deadline,
                days,
                source: source?,
                span: f.span,
            })
        })();
        self.finish(&id, built)
    }

    /// An ISO date, `"2024-11-29"`, as a day number; a date that does not exist is reported.
    fn date(&mut self, f: &mut Fields<'_>, key: &str) -> Option<Spanned<i64>> {
        let text = self.optional_text(f, key)?;
        let parts: Vec<&str> = text.value.split('-').collect();
        let day = match parts.as_slice() {
            [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2 => {
                match (y.parse::<i64>(), m.parse::<u32>(), d.parse::<u32>()) {
                    (Ok(y), Ok(m), Ok(d)) if (1900..=2200).contains(&y) => {
                        crate::model::day_number(y, m, d)
                    }
                    _ => None,
                }
            }
            _ => None,
        };
        match day {
            Some(value) => Some(Spanned {
                value,
                span: text.span,
            }),
            None => {
                self.diagnostics.push(
                    Diagnostic::new(
                        "invalid-date",
                        text.span,
                        said!("`{}` is not a date", "`{}` is geen datum", text.value),
                    )
                    .label(said!("no such day", "die dag bestaat niet"))
                    .help(said!(
                        "write a date of the calendar as `YYYY-MM-DD`, e.g. `\"2024-11-29\"`",
                        "schrijf een datum van de kalender als `YYYY-MM-DD`, bijv. `\"2024-11-29\"`"
                    )),
                );
                None
            }
        }
    }

    fn cut(&mut self, f: &mut Fields<'_>) -> Option<CutDecl> {
        let id = self.text(f, "id", Said::default());
        let name = self.optional_text(f, "name");
        let on = self.text(
            f,
            "on",
            said!(
                "the party whose funds are cut",
                "de partij op wier middelen wordt bezuinigd"
            ),
        );
        let amount = self.euros(f, "amount", true);
        let up_to = self.euros(f, "up_to", false);
        if let (Some(amount), Some(up_to)) = (&amount, &up_to) {
            if up_to.value < amount.value {
                self.diagnostics.push(
                    Diagnostic::new(
                        "out-of-range",
                        up_to.span,
                        said!(
                            "`up_to` = {} is below `amount` = {}",
                            "`up_to` = {} ligt onder `amount` = {}",
                            up_to.value,
                            amount.value
                        ),
                    )
                    .label(said!(
                        "the top of the range must be at least `amount`",
                        "de bovengrens moet ten minste `amount` zijn"
                    )),
                );
            }
        }
        let from = self.year(f, "from", true);
        let until = self.year(f, "until", false);
        let source = self.source(f);
        let built = (|| {
            Some(CutDecl {
                id: id.clone()?,
                name,
                on: on?,
                amount: amount?,
                up_to,
                from: from?,
                until,
                source: source?,
                span: f.span,
            })
        })();
        self.finish(&id, built)
    }

    /// Whole euros, from 0 to 10¹⁵ (a thousand times the state budget), so that sums of
    /// thousands of them stay far inside `i64`.
    fn euros(&mut self, f: &mut Fields<'_>, key: &str, required: bool) -> Option<Spanned<i64>> {
        let amount = self.integer::<i64>(f, key, required, said!("whole euros", "hele euro's"))?;
        if !(0..=MAX_EUROS).contains(&amount.value) {
            self.diagnostics.push(
                Diagnostic::new(
                    "out-of-range",
                    amount.span,
                    said!(
                        "`{key}` = {} is out of range",
                        "`{key}` = {} valt buiten het bereik",
                        amount.value
                    ),
                )
                .label(said!(
                    "must be whole euros from 0 to 1_000_000_000_000_000",
                    "moet hele euro's van 0 tot en met 1_000_000_000_000_000 zijn"
                )),
            );
            return None;
        }
        Some(amount)
    }

    /// A year from 1900 to 2200.
    fn year(&mut self, f: &mut Fields<'_>, key: &str, required: bool) -> Option<Spanned<i32>> {
        let year = self.integer::<i32>(f, key, required, said!("a year", "een jaar"))?;
        if !(1900..=2200).contains(&year.value) {
            self.diagnostics.push(
                Diagnostic::new(
                    "out-of-range",
                    year.span,
                    said!(
                        "`{key}` = {} is not a year this model can mean",
                        "`{key}` = {} is geen jaar dat dit model kan bedoelen",
                        year.value
                    ),
                )
                .label(said!(
                    "a year from 1900 to 2200",
                    "een jaar van 1900 tot en met 2200"
                )),
            );
            return None;
        }
        Some(year)
    }

    /// `[first, last]`, two years in order.
    fn year_range(&mut self, f: &mut Fields<'_>, key: &str) -> Option<Spanned<(i32, i32)>> {
        let mut value = f.table.remove(key)?;
        let span = Span::from(value.span);
        let years: Option<Vec<i32>> = match value.take() {
            ValueInner::Array(items) => items
                .into_iter()
                .map(|mut item| match item.take() {
                    ValueInner::Integer(i) => {
                        i32::try_from(i).ok().filter(|y| (1900..=2200).contains(y))
                    }
                    _ => None,
                })
                .collect(),
            _ => None,
        };
        match years.as_deref() {
            Some(&[first, last]) if first <= last => Some(Spanned {
                value: (first, last),
                span,
            }),
            _ => {
                self.diagnostics.push(
                    Diagnostic::new(
                        "wrong-type",
                        span,
                        said!(
                            "`{key}` must be two years in order, such as `[2025, 2030]`",
                            "`{key}` moet twee jaren op volgorde zijn, zoals `[2025, 2030]`"
                        ),
                    )
                    .label(said!(
                        "the first and the last year checked",
                        "het eerste en het laatste getoetste jaar"
                    )),
                );
                None
            }
        }
    }

    fn decision(&mut self, f: &mut Fields<'_>) -> Option<DecisionDecl> {
        let id = self.text(f, "id", Said::default());
        let name = self.optional_text(f, "name");
        let about = self.text(
            f,
            "about",
            said!(
                "`about` is `agreement`, `process` or `plan`",
                "`about` is `agreement`, `process` of `plan`"
            ),
        );
        let subject = self.optional_text(f, "subject");
        let kind = self.keyword(
            f,
            "kind",
            true,
            DecisionKind::ALL,
            DecisionKind::parse,
            DecisionKind::as_str,
        );
        let funded_by = f.table.contains_key("funded_by").then(|| {
            self.text_list(f, "funded_by")
                .iter()
                .filter_map(|t| {
                    self.keyword_of(
                        t,
                        said!("money stream", "geldstroom"),
                        Stream::ALL,
                        Stream::parse,
                        Stream::as_str,
                    )
                })
                .collect()
        });
        let taken_by = self.optional_text(f, "taken_by");
        let binding = self.boolean(f, "binding");
        let rule = f.table.remove("rule");
        let has_steps = f.table.contains_key("step");
        let mut steps = self.array_of(&mut f.table, "step", |r, t| {
            let name = r.text(t, "name", Said::default());
            // A step is shown where its rule is: what a verdict about it rests on.
            let mut span = t.span;
            let rule = match t.table.remove("rule") {
                Some(value) => {
                    span = Span::from(value.span);
                    r.rule(value)
                }
                None => {
                    r.missing(
                        t,
                        "rule",
                        said!(
                            "say who must consent for this step to pass",
                            "zeg wie moet instemmen om deze stap te laten slagen"
                        ),
                    );
                    None
                }
            };
            let source = r.source(t);
            Some(StepDecl {
                name: name?,
                implicit: false,
                rule: rule?,
                source: source?,
                span,
            })
        });
        let source = self.source(f);
        match (rule, has_steps) {
            (Some(value), false) => {
                let rule_span = Span::from(value.span);
                let rule = self.rule(value)?;
                let source = source.clone()?;
                steps.push(StepDecl {
                    name: Text {
                        value: "rule".to_string(),
                        span: rule_span,
                    },
                    implicit: true,
                    rule,
                    source,
                    span: rule_span,
                });
            }
            (Some(value), true) => {
                self.diagnostics.push(
                    Diagnostic::new(
                        "rule-and-steps",
                        Span::from(value.span),
                        said!(
                            "a decision has either a `rule` or `[[decision.step]]`s, not both",
                            "een besluit heeft een `rule` of `[[decision.step]]`s, niet allebei"
                        ),
                    )
                    .label(said!("this rule", "deze regel"))
                    .help(said!(
                        "move this rule into a step of its own",
                        "zet deze regel in een eigen stap"
                    )),
                );
            }
            (None, false) => self.missing(
                f,
                "rule",
                said!(
                    "give the decision a `rule`, or steps as `[[decision.step]]` with a rule each",
                    "geef het besluit een `rule`, of stappen als `[[decision.step]]` met elk een regel"
                ),
            ),
            (None, true) => {}
        }
        let built = (|| {
            Some(DecisionDecl {
                id: id.clone()?,
                name,
                about: about?,
                subject,
                kind: kind?,
                funded_by,
                taken_by,
                binding,
                steps,
                source: source?,
                span: f.span,
            })
        })();
        self.finish(&id, built)
    }

    /// A rule is an inline table whose keys say which form it has.
    fn rule(&mut self, mut value: Value<'_>) -> Option<RuleDecl> {
        let span = Span::from(value.span);
        let table = match value.take() {
            ValueInner::Table(table) => table,
            other => {
                self.diagnostics.push(
                    Diagnostic::new(
                        "wrong-type",
                        span,
                        Said::new(
                            format!("a rule must be a table, not {}", type_name(&other).en),
                            format!(
                                "een regel moet een tabel zijn, niet {}",
                                type_name(&other).nl
                            ),
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
        let mut f = Fields {
            table,
            span,
            what: "this rule",
        };
        let has = |f: &Fields<'_>, key: &str| f.table.contains_key(key);
        let rule = if has(&f, "all_of") {
            let voters = self.voters(&mut f, "all_of");
            Some(RuleDecl::AllOf(voters))
        } else if has(&f, "at_least") {
            let count =
                self.integer::<u32>(&mut f, "at_least", true, said!("1 or more", "1 of meer"));
            if !has(&f, "of") {
                self.missing(
                    &f,
                    "of",
                    said!(
                        "`at_least = N` goes with `of = [...]`, the voters",
                        "`at_least = N` hoort bij `of = [...]`, de stemmers"
                    ),
                );
            }
            let of = self.voters(&mut f, "of");
            Some(RuleDecl::AtLeast { count: count?, of })
        } else if has(&f, "unanimous") {
            self.text(&mut f, "unanimous", Said::default())
                .map(RuleDecl::Unanimous)
        } else if has(&f, "weighted") {
            let body = self.text(&mut f, "weighted", Said::default());
            let threshold = self.integer::<u64>(
                &mut f,
                "threshold",
                true,
                said!("1 or more votes", "1 of meer stemmen"),
            );
            Some(RuleDecl::Weighted {
                body: body?,
                threshold: threshold?,
            })
        } else if has(&f, "majority_of_present") {
            let body = self.text(&mut f, "majority_of_present", Said::default());
            let quorum = self.integer::<u64>(
                &mut f,
                "quorum",
                true,
                said!("0 or more votes", "0 of meer stemmen"),
            );
            Some(RuleDecl::MajorityOfPresent {
                body: body?,
                quorum: quorum?,
            })
        } else if has(&f, "veto") {
            let holders = self.voters(&mut f, "veto");
            let inner = match f.table.remove("rule") {
                Some(inner) => self.rule(inner),
                None => {
                    self.missing(
                        &f,
                        "rule",
                        said!(
                            "`veto = [...]` goes with the `rule` it guards",
                            "`veto = [...]` hoort bij de `rule` die het bewaakt"
                        ),
                    );
                    None
                }
            };
            Some(RuleDecl::Veto {
                holders,
                rule: Box::new(inner?),
            })
        } else if has(&f, "all_rules") || has(&f, "any_rule") {
            let key = if has(&f, "all_rules") {
                "all_rules"
            } else {
                "any_rule"
            };
            let mut value = f.table.remove(key)?;
            let list_span = Span::from(value.span);
            let rules = match value.take() {
                ValueInner::Array(items) if items.is_empty() => {
                    self.diagnostics.push(
                        Diagnostic::new(
                            "empty-rule",
                            list_span,
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
                    self.wrong_type(
                        list_span,
                        key,
                        said!("a list of rules", "een lijst van regels"),
                        &other,
                    );
                    None
                }
            };
            rules.map(|rules| {
                if key == "all_rules" {
                    RuleDecl::AllRules(rules)
                } else {
                    RuleDecl::AnyRule(rules)
                }
            })
        } else {
            self.diagnostics.push(
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
                    "a rule is one of `all_of`, `at_least` + `of`, `unanimous`, \
                         `weighted` + `threshold`, `majority_of_present` + `quorum`, \
                         `veto` + `rule`, `all_rules`, `any_rule`",
                    "een regel is een van `all_of`, `at_least` + `of`, `unanimous`, \
                         `weighted` + `threshold`, `majority_of_present` + `quorum`, \
                         `veto` + `rule`, `all_rules`, `any_rule`"
                )),
            );
            return None;
        };
        let Fields { table, .. } = f;
        self.unknown_keys(
            table,
            &[
                "all_of",
                "at_least",
                "of",
                "unanimous",
                "weighted",
                "threshold",
                "majority_of_present",
                "quorum",
                "veto",
                "rule",
                "all_rules",
                "any_rule",
            ],
            "this rule",
        );
        rule
    }

    fn voters(&mut self, f: &mut Fields<'_>, key: &str) -> Vec<VoterDecl> {
        let span = f.table.get(key).map(|v| Span::from(v.span));
        let list = self.text_list(f, key);
        if let (true, Some(span)) = (list.is_empty(), span) {
            self.diagnostics.push(
                Diagnostic::new(
                    "empty-rule",
                    span,
                    said!("`{key}` lists no voters", "`{key}` noemt geen stemmers"),
                )
                .label(said!(
                    "a rule with no voters passes without anyone's consent",
                    "een regel zonder stemmers slaagt zonder dat iemand instemt"
                )),
            );
        }
        list.into_iter()
            .filter_map(|text| {
                if text.value.starts_with("region:") {
                    self.keyword_of(
                        &text,
                        said!("region role", "rol in de regio"),
                        RegionRole::ALL,
                        RegionRole::parse,
                        RegionRole::as_str,
                    )
                    .map(VoterDecl::Role)
                } else {
                    Some(VoterDecl::Id(text))
                }
            })
            .collect()
    }
}

/// What a list of ids must be.
fn ids_expected() -> Said {
    said!("a list of ids (strings)", "een lijst van ids (teksten)")
}

/// The fields each kind of table may have, for "did you mean" on a misspelt field.
fn known_fields(what: &str) -> &'static [&'static str] {
    match what {
        "the `[model]` table" => &[
            "title",
            "source",
            "commissioners",
            "rlimit",
            "years",
            "rules",
        ],
        "a `[[party]]`" => &["id", "name", "kind", "side", "source"],
        "a `[[body]]`" => &["id", "name", "kind", "members", "chair", "source"],
        "an `[[agreement]]`" => &[
            "id",
            "name",
            "commissioner",
            "method",
            "method_source",
            "source",
        ],
        "an `[[agreement.commissioner]]`" => &["party", "role", "source"],
        "a `[[relation]]`" => &[
            "kind", "from", "to", "amount", "year", "until", "nature", "stream", "lead", "source",
        ],
        "a `[[task]]`" => &["id", "name", "of", "cost", "from", "until", "source"],
        "a `[[cut]]`" => &[
            "id", "name", "on", "amount", "up_to", "from", "until", "source",
        ],
        "a `[[process]]`" => &[
            "id", "name", "kind", "by", "after", "earliest", "deadline", "days", "source",
        ],
        "a `[[right]]`" => &["holder", "right", "over", "system_responsibility", "source"],
        "a `[[region]]`" => &[
            "id",
            "name",
            "market_leaders",
            "insurers",
            "municipalities",
            "mandate_municipality",
            "review_body",
            "source",
        ],
        "a `[[plan]]`" => &["id", "name", "region", "funded_by", "source"],
        "a `[[decision]]`" => &[
            "id",
            "name",
            "about",
            "subject",
            "kind",
            "funded_by",
            "taken_by",
            "binding",
            "rule",
            "step",
            "source",
        ],
        "a `[[decision.step]]`" => &["name", "rule", "source"],
        _ => &[],
    }
}

fn element_name(key: &str) -> &'static str {
    match key {
        "party" => "a `[[party]]`",
        "body" => "a `[[body]]`",
        "agreement" => "an `[[agreement]]`",
        "commissioner" => "an `[[agreement.commissioner]]`",
        "relation" => "a `[[relation]]`",
        "right" => "a `[[right]]`",
        "region" => "a `[[region]]`",
        "plan" => "a `[[plan]]`",
        "decision" => "a `[[decision]]`",
        "step" => "a `[[decision.step]]`",
        "task" => "a `[[task]]`",
        "cut" => "a `[[cut]]`",
        "process" => "a `[[process]]`",
        _ => "a table",
    }
}
