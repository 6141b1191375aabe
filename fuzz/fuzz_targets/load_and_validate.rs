//! Fuzz target: any bytes as a model file. Decoding, loading, validating and rendering the
//! diagnostics never panic; a model that validates yields its graph and proof obligations
//! (without solving them) without panicking either.

#![no_main]

use libfuzzer_sys::fuzz_target;
use toets::check;
use toets::language::load;

fuzz_target!(|data: &[u8]| {
    let file = match load::decode("fuzz.toml", data.to_vec()) {
        Ok(file) => file,
        Err(failure) => {
            let (file, diagnostic) = *failure;
            let _ = diagnostic.render(&file);
            return;
        }
    };
    match check::load_source(file) {
        Ok(model) => {
            let _ = check::obligations(&model);
        }
        Err(rejected) => {
            let _ = rejected.render();
        }
    }
});
