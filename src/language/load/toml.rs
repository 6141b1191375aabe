//! The TOML parser's complaints as diagnostics, in English and in Dutch.

use crate::language::diagnostic::{Diagnostic, Said, said};
use crate::language::source::Span;

/// A syntax error of the file, as a diagnostic at its place.
pub fn toml_error(error: &toml_span::Error) -> Diagnostic {
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
