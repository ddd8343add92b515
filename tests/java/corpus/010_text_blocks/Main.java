public class Main {
    public static void main(String[] args) {
        String json = """
            {
              "name": "oa",
              "tags": ["a", "b"]
            }
            """;
        System.out.print(json);
        String noTrail = """
            one
              two
            three""";
        System.out.println("[" + noTrail + "]");
        String joined = """
            this is a single \
            logical line
            trailing space kept:\s
            tab\there "quotes" and \"""triple\"""
            """;
        System.out.print(joined.replace(' ', '.'));
        String tmpl = """
            %s scored %d (%.1f%%)
            """.formatted("Ann", 42, 87.5);
        System.out.print(tmpl);
        System.out.println(json.lines().count() + " " + json.length());
        System.out.println("""
              indented by the closing delimiter
          """.length());
    }
}
