//! The README's first command, `bash .ci/install-deps`, works on a machine without npm (or any
//! package manager but apt): it needs nothing but what a fresh Debian or Ubuntu machine has.

use std::process::Command;

#[test]
fn install_deps_runs_without_npm() {
    let script = std::fs::read_to_string(".ci/install-deps").unwrap();
    let words: Vec<&str> = script
        .lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .flat_map(|l| l.split(|c: char| !c.is_alphanumeric() && c != '-'))
        .collect();
    for other in ["npm", "npx", "pip", "pip3", "curl", "wget"] {
        assert!(!words.contains(&other), "install-deps uses {other}");
    }
    // A PATH with the commands a fresh machine has, but no npm.
    let bin = std::env::temp_dir().join(format!("toets-no-npm-{}", std::process::id()));
    std::fs::create_dir_all(&bin).unwrap();
    for command in ["dpkg", "dpkg-query", "id", "apt-get", "sudo"] {
        if let Some(found) = ["/usr/bin", "/bin", "/usr/sbin", "/sbin"]
            .iter()
            .map(|dir| std::path::Path::new(dir).join(command))
            .find(|p| p.exists())
        {
            let _ = std::os::unix::fs::symlink(found, bin.join(command));
        }
    }
    assert!(!bin.join("npm").exists());
    let output = Command::new("/bin/bash")
        .arg(".ci/install-deps")
        .env("PATH", &bin)
        .output()
        .unwrap();
    std::fs::remove_dir_all(&bin).unwrap();
    assert!(
        output.status.success(),
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}
