using Steward.Core.Catalogue.Loading;
using Steward.Tests.Infrastructure;

namespace Steward.Tests.Catalogue;

/// <summary>Each kind of mistake a catalogue author can make is refused, named by line and column.
/// Each test plants one mistake in a small valid catalogue.</summary>
public sealed class CatalogueValidationTests
{
    private static readonly string Valid = File.ReadAllText(TestPaths.Sample("minimal.yaml"));

    [Fact]
    public void The_sample_catalogue_is_valid()
    {
        var result = CatalogueLoader.Load(Valid, "minimal.yaml");
        Assert.Empty(result.Errors);
        Assert.True(result.IsValid);
    }

    [Fact]
    public void An_unknown_key_is_named_with_its_position()
    {
        var yaml = Plant("    legal_basis: contract", "    legal_basis: contract\n    legal_bases: contract");
        var error = Single(yaml);
        Assert.Equal((Line("    legal_bases: contract", yaml), 5), (error.Line, error.Column));
        Assert.Contains("unknown key 'legal_bases'", error.Message);
    }

    [Fact]
    public void A_dangling_reference_is_named()
    {
        var yaml = Plant("    categories: [contact.email]", "    categories: [contact.fax]");
        var error = Single(yaml);
        Assert.Equal((Line("    categories: [contact.fax]", yaml), 18), (error.Line, error.Column));
        Assert.Contains("unknown category 'contact.fax'", error.Message);
    }

    [Fact]
    public void A_purpose_without_a_legal_basis_is_refused()
    {
        var yaml = Plant("    legal_basis: contract\n", "");
        var error = Single(yaml);
        Assert.Equal((Line("  - id: account\n", yaml), 5), (error.Line, error.Column));
        Assert.Contains("missing required key 'legal_basis' (in 'account')", error.Message);
    }

    [Fact]
    public void A_legal_basis_that_is_not_one_of_the_four_is_refused()
    {
        var error = Single(Plant("    legal_basis: contract", "    legal_basis: convenience"));
        Assert.Contains("'convenience' is not valid here; expected one of: contract, consent, legitimate_interests, legal_obligation", error.Message);
    }

    [Fact]
    public void A_consent_purpose_without_wording_is_refused()
    {
        var yaml = Plant("    consent_wording: { en: Send me the newsletter., zh-CN: 请向我发送新闻简报。 }\n", "");
        var error = Single(yaml);
        Assert.Equal(Line("  - id: newsletter", yaml), error.Line);
        Assert.Contains("purpose 'newsletter' rests on consent but has no consent_wording", error.Message);
    }

    [Fact]
    public void A_duplicate_id_is_refused()
    {
        var yaml = Plant("  - id: newsletter", "  - id: account");
        var error = Assert.Single(Load(yaml), e => e.Message.Contains("duplicate id"));
        Assert.Equal((Line("  - id: account\n", yaml, occurrence: 2), 9), (error.Line, error.Column));
        Assert.Contains("duplicate id 'account' in purposes", error.Message);
    }

    [Fact]
    public void A_category_without_a_retention_rule_is_refused()
    {
        var yaml = Plant("  - id: contact.email\n    name: { en: Email address, zh-CN: 电子邮件地址 }",
            "  - id: contact.email\n    name: { en: Email address, zh-CN: 电子邮件地址 }\n  - id: device\n    name: { en: Device, zh-CN: 设备 }");
        var error = Single(yaml);
        Assert.Equal((Line("  - id: device", yaml), 5), (error.Line, error.Column));
        Assert.Contains("category 'device' has no retention rule", error.Message);
    }

    [Fact]
    public void A_missing_translation_is_refused()
    {
        var yaml = Plant("name: { en: Newsletter, zh-CN: 新闻简报 }", "name: { en: Newsletter }");
        var error = Single(yaml);
        Assert.Equal(Line("    name: { en: Newsletter }", yaml), error.Line);
        Assert.Contains("missing translation: no 'zh-CN' text", error.Message);
    }

    [Fact]
    public void Broken_yaml_is_reported_where_it_breaks()
    {
        var yaml = Plant("    countries: [DE, FR]", "    countries: [DE, FR");
        var error = Single(yaml);
        Assert.StartsWith("minimal.yaml:", error.ToString(), StringComparison.Ordinal);
        Assert.True(error.Line >= Line("    countries: [DE, FR", yaml));
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_refused()
    {
        var yaml = Plant("    juvenile_age: 16", "    juvenile_age: sixteen");
        var error = Single(yaml);
        Assert.Equal((Line("    juvenile_age: sixteen", yaml), 19), (error.Line, error.Column));
        Assert.Contains("expected a whole number", error.Message);
    }

    [Fact]
    public void A_form_field_outside_its_purposes_categories_is_refused()
    {
        // Only the newsletter purpose is left on the form, and it declares the email address alone.
        var yaml = Plant("    purposes: [account, newsletter]", "    purposes: [newsletter]")
            .Replace("        category: contact.email", "        category: contact", StringComparison.Ordinal);
        var error = Assert.Single(Load(yaml));
        Assert.Contains("field 'email' collects 'contact', which none of its purposes declares", error.Message);
    }

    [Fact]
    public void Every_mistake_is_reported_in_one_run()
    {
        var yaml = Valid
            .Replace("    legal_basis: contract", "    legal_bases: contract", StringComparison.Ordinal)
            .Replace("    categories: [contact.email]", "    categories: [contact.fax]", StringComparison.Ordinal)
            .Replace("    consent_wording: { en: Send me the newsletter., zh-CN: 请向我发送新闻简报。 }\n", "", StringComparison.Ordinal)
            .Replace("  - id: contact_data", "  - id: contact_data\n    period_typo: P1Y", StringComparison.Ordinal)
            .Replace("name: { en: Sign-up, zh-CN: 注册 }", "name: { en: Sign-up }", StringComparison.Ordinal)
            .Replace("    juvenile_age: 16", "    juvenile_age: sixteen", StringComparison.Ordinal);
        var messages = Load(yaml).Select(e => e.Message).ToList();
        Assert.Contains(messages, m => m.Contains("unknown key 'legal_bases'"));
        Assert.Contains(messages, m => m.Contains("missing required key 'legal_basis'"));
        Assert.Contains(messages, m => m.Contains("unknown category 'contact.fax'"));
        Assert.Contains(messages, m => m.Contains("no consent_wording"));
        Assert.Contains(messages, m => m.Contains("unknown key 'period_typo'"));
        Assert.Contains(messages, m => m.Contains("missing translation"));
        Assert.Contains(messages, m => m.Contains("'sixteen' is not valid here"));
    }

    [Fact]
    public void A_malformed_list_item_does_not_shift_the_positions_of_later_errors()
    {
        var yaml = Plant("  - id: account\n", "  - just a string\n  - id: account\n")
            .Replace("    categories: [contact.email]", "    categories: [contact.fax]", StringComparison.Ordinal);
        var errors = Load(yaml);
        Assert.Contains(errors, e => e.Message.Contains("expected a mapping") && e.Line == Line("  - just a string", yaml));
        var dangling = Assert.Single(errors, e => e.Message.Contains("unknown category 'contact.fax'"));
        Assert.Equal((Line("    categories: [contact.fax]", yaml), 18), (dangling.Line, dangling.Column));
    }

    [Fact]
    public void Every_mistake_is_reported_in_one_run_each_at_its_place()
    {
        var yaml = Valid
            .Replace("  - id: newsletter", "  - id: account", StringComparison.Ordinal)
            .Replace("  - id: contact.email\n    name: { en: Email address, zh-CN: 电子邮件地址 }",
                "  - id: contact.email\n    name: { en: Email address, zh-CN: 电子邮件地址 }\n  - id: device\n    name: { en: Device, zh-CN: 设备 }", StringComparison.Ordinal)
            .Replace("    region: eu", "    region: asia", StringComparison.Ordinal);
        var errors = Load(yaml);
        Assert.Equal(4, errors.Count); // the form still names the renamed purpose 'newsletter'
        Assert.Contains(errors, e => e.Message.Contains("unknown purpose 'newsletter'"));
        Assert.Contains(errors, e => e.Message.Contains("duplicate id 'account'") && e.Line == Line("  - id: account\n", yaml, occurrence: 2));
        Assert.Contains(errors, e => e.Message.Contains("category 'device' has no retention rule") && e.Line == Line("  - id: device", yaml));
        Assert.Contains(errors, e => e.Message.Contains("unknown region 'asia'") && e.Line == Line("    region: asia", yaml));
    }

    [Fact]
    public void Errors_are_printed_as_file_line_column_message()
    {
        var error = Single(Plant("    legal_basis: contract", "    legal_basis: contract\n    colour: blue"));
        Assert.Matches(@"^minimal\.yaml:\d+:\d+: unknown key 'colour'", error.ToString());
    }

    private static string Plant(string find, string replace)
    {
        Assert.Contains(find, Valid, StringComparison.Ordinal);
        return Valid.Replace(find, replace, StringComparison.Ordinal);
    }

    private static IReadOnlyList<CatalogueError> Load(string yaml) => CatalogueLoader.Load(yaml, "minimal.yaml").Errors;

    private static CatalogueError Single(string yaml)
    {
        var errors = Load(yaml);
        return Assert.Single(errors);
    }

    /// <summary>The 1-based line on which <paramref name="text"/> starts in the planted file.</summary>
    private static long Line(string text, string yaml, int occurrence = 1)
    {
        var index = -1;
        for (var i = 0; i < occurrence; i++) index = yaml.IndexOf(text, index + 1, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{text}' is not in the planted file");
        return yaml[..index].Count(c => c == '\n') + 1;
    }
}
