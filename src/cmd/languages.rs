//! `oa languages`: the supported languages with their toolchain versions.

pub fn languages() -> anyhow::Result<()> {
    let toolchains = sandbox::Toolchains::new(judge::paths::toolchains_dir(), &judge::paths::cache_dir());
    let header = ["id", "language", "extensions", "time", "version"]
        .map(String::from)
        .to_vec();
    let rows = toolchains.languages().iter().map(|language| {
        let version = toolchains
            .version(language)
            .unwrap_or_else(|_| "not installed: run ./dev setup".into());
        let extensions: Vec<String> = language.extensions.iter().map(|e| format!(".{e}")).collect();
        vec![
            language.id.clone(),
            language.display_name(),
            extensions.join(" "),
            format!("{}x", language.time_multiplier),
            version,
        ]
    });
    print!(
        "{}",
        crate::output::columns(&std::iter::once(header).chain(rows).collect::<Vec<_>>(), &[])
    );
    println!(
        "\nJava: not supported; no Java-to-WebAssembly compiler can be installed from the package registries oa uses."
    );
    Ok(())
}
