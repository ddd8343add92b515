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
        "\nJava: compiled by oa's own compiler of JVM bytecode, with the JDK's library; \
         reflection, threads and some of the library are not supported yet (see docs/java.md)."
    );
    Ok(())
}
