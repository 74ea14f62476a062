using System.Globalization;
using System.Net.Mail;
using System.Text.RegularExpressions;
using PhoneNumbers;
using Steward.Core.Catalogue.Model;
using Steward.Core.Vault;

namespace Steward.Core.Collection;

/// <summary>Checks a submission against its collection point: required fields, lengths, markup, email,
/// telephone (libphonenumber; national numbers of mainland China or any number with its country code),
/// dates, choices, and the consents the point cannot do without. Pure: it writes nothing.
/// Group and file fields are left to the feature that owns them (their values come in as extra vault values).</summary>
public static partial class FormValidator
{
    public const int MinPasswordLength = 10;
    public const int DefaultTextLength = 500;
    public const int DefaultTextareaLength = 4000;
    public const string FormField = "form";
    private static readonly DateOnly Earliest = new(1900, 1, 1);
    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();
    private static readonly HashSet<string> Countries = [.. Phones.GetSupportedRegions()];

    [GeneratedRegex(@"<\s*[A-Za-z/!?]|&#|javascript:", RegexOptions.IgnoreCase)] private static partial Regex MarkupPattern();
    [GeneratedRegex(@"^[A-Za-z0-9_-]{16,100}$")] private static partial Regex KeyPattern();

    /// <summary>The consent field name a page posts for a purpose.</summary>
    public static string ConsentField(string purpose) => "consent:" + purpose;

    public static ValidatedForm Validate(PolicyCatalogue catalogue, CollectionPoint point, FormSubmission submission, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(point);
        ArgumentNullException.ThrowIfNull(submission);
        var form = new ValidatedForm();
        if (!KeyPattern().IsMatch(submission.IdempotencyKey ?? "")) form.Add(FormField, FieldProblem.Required);
        var categoryCounts = point.Fields.Where(f => f.Category is not null).GroupBy(f => f.Category!).ToDictionary(g => g.Key, g => g.Count());
        foreach (var field in point.Fields.Where(f => f.Type is not (FieldType.Group or FieldType.File)))
        {
            var raw = submission.Values.TryGetValue(field.Id, out var values) ? values : [];
            var clean = field.Type == FieldType.MultiSelect ? Choices(catalogue, field, raw, form) : One(field, raw.Count > 0 ? raw[0] : "", today, form);
            if (clean is null) continue;
            form.Clean[field.Id] = clean;
            if (field.Type != FieldType.Password && field.Category is { } category)
                form.VaultValues.Add(new VaultValue(category, clean, categoryCounts[category] > 1 ? field.Id : ""));
        }
        foreach (var purpose in catalogue.Purposes.Where(p => point.Purposes.Contains(p.Id) && p.LegalBasis == LegalBasis.Consent))
        {
            var ticked = submission.Consents.Contains(purpose.Id);
            form.Consents[purpose.Id] = ticked;
            if (!ticked && point.RequiredConsents.Contains(purpose.Id)) form.Add(ConsentField(purpose.Id), FieldProblem.ConsentRequired);
        }
        return form;
    }

    /// <summary>One value, cleaned; null when empty or wrong (the error is added).</summary>
    private static string? One(FormField field, string raw, DateOnly today, ValidatedForm form)
    {
        var value = field.Type == FieldType.Password ? raw : raw.Trim();
        if (value.Length == 0)
        {
            if (field.Required) form.Add(field.Id, FieldProblem.Required);
            return null;
        }
        var max = field.MaxLength ?? (field.Type == FieldType.Textarea ? DefaultTextareaLength : DefaultTextLength);
        if (value.Length > max) { form.Add(field.Id, FieldProblem.TooLong, max); return null; }
        if (value.Any(c => char.IsControl(c) && !(field.Type == FieldType.Textarea && c is '\r' or '\n' or '\t')))
        {
            form.Add(field.Id, FieldProblem.ControlCharacters);
            return null;
        }
        switch (field.Type)
        {
            case FieldType.Password:
                if (value.Length < MinPasswordLength) { form.Add(field.Id, FieldProblem.TooShort, MinPasswordLength); return null; }
                return value;
            case FieldType.Email:
                return Email(value) ?? Fail(form, field, FieldProblem.NotAnEmail);
            case FieldType.Telephone:
                return Telephone(value) ?? Fail(form, field, FieldProblem.NotATelephone);
            case FieldType.Date:
                if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                    return Fail(form, field, FieldProblem.NotADate);
                return CheckDate(field, date, date, today, form) ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
            case FieldType.YearOrDate:
                return YearOrDate(field, value, today, form);
            case FieldType.Country:
                var code = value.ToUpperInvariant();
                return Countries.Contains(code) ? code : Fail(form, field, FieldProblem.NotAChoice);
            case FieldType.Select:
                return field.Options.Exists(o => o.Value == value) ? value : Fail(form, field, FieldProblem.NotAChoice);
            default:
                return MarkupPattern().IsMatch(value) ? Fail(form, field, FieldProblem.Markup) : value;
        }
    }

    private static string? YearOrDate(FormField field, string value, DateOnly today, ValidatedForm form)
    {
        if (value.Length == 4 && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1)
        {
            // A year alone: the person may have been born on any day of it; the latest day decides age.
            if (!CheckDate(field, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), today, form)) return null;
            if (field.Category == "identity.birth_date") form.LatestBirthDate = new DateOnly(year, 12, 31);
            return value;
        }
        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return Fail(form, field, FieldProblem.NotADate);
        if (!CheckDate(field, date, date, today, form)) return null;
        if (field.Category == "identity.birth_date") form.LatestBirthDate = date;
        return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private static bool CheckDate(FormField field, DateOnly first, DateOnly last, DateOnly today, ValidatedForm form)
    {
        if (first > today) { form.Add(field.Id, FieldProblem.DateInFuture); return false; }
        if (last < Earliest) { form.Add(field.Id, FieldProblem.DateTooEarly); return false; }
        return true;
    }

    private static string? Choices(PolicyCatalogue catalogue, FormField field, IReadOnlyList<string> raw, ValidatedForm form)
    {
        var allowed = field.OptionsFromInterestScopes ? catalogue.InterestScopes.Select(s => s.Id).ToList() : field.Options.ConvertAll(o => o.Value);
        var chosen = raw.Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (chosen.Count == 0)
        {
            if (field.Required) form.Add(field.Id, FieldProblem.Required);
            return null;
        }
        if (chosen.Count > allowed.Count) return Fail(form, field, FieldProblem.TooManyValues);
        if (chosen.Exists(c => !allowed.Contains(c))) return Fail(form, field, FieldProblem.NotAChoice);
        return string.Join(",", allowed.Where(chosen.Contains));
    }

    /// <summary>The address trimmed, or null unless it is one plain address with a dotted domain.</summary>
    public static string? Email(string value)
    {
        var trimmed = value.Trim();
        if (trimmed.Length is 0 or > 254 || trimmed.Any(char.IsWhiteSpace) || MarkupPattern().IsMatch(trimmed)) return null;
        return MailAddress.TryCreate(trimmed, out var address) && address.Address == trimmed && address.DisplayName.Length == 0
            && address.Host.Contains('.', StringComparison.Ordinal) && !address.Host.EndsWith('.') ? trimmed : null;
    }

    /// <summary>E.164 of a valid number (mainland China when written without a country code), else null.</summary>
    public static string? Telephone(string value)
    {
        if (value.Length > 32) return null;
        try
        {
            var number = Phones.Parse(value, ContactNormaliser.DefaultRegion);
            return Phones.IsValidNumber(number) ? Phones.Format(number, PhoneNumberFormat.E164) : null;
        }
        catch (NumberParseException)
        {
            return null;
        }
    }

    private static string? Fail(ValidatedForm form, FormField field, FieldProblem problem)
    {
        form.Add(field.Id, problem);
        return null;
    }
}
