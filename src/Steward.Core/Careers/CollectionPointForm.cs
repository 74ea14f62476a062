using System.Globalization;
using System.Text.RegularExpressions;
using Steward.Core.Catalogue.Model;
using Steward.Core.Vault;

namespace Steward.Core.Careers;

/// <summary>A collection point's form as the catalogue declares it: checks what a visitor sent, field
/// by field, and turns it into vault values of exactly the declared categories, or into the problems
/// to show beside each field. Nothing outside the declared fields is ever stored.</summary>
public sealed partial class CollectionPointForm
{
    public const int MaxEntries = 10;
    public const int DefaultTextLength = 200;
    public const int DefaultTextareaLength = 2000;
    private static readonly DateOnly Earliest = new(1900, 1, 1);

    private readonly int? _minimumAge;

    /// <param name="minimumAge">Whom the form is for: a birth date younger than this is refused.</param>
    public CollectionPointForm(CollectionPoint point, PolicyCatalogue policy, int? minimumAge = null)
    {
        ArgumentNullException.ThrowIfNull(point);
        ArgumentNullException.ThrowIfNull(policy);
        Point = point;
        _minimumAge = minimumAge;
        ConsentPurposes = [.. point.Purposes
            .Select(id => policy.Purposes.First(p => p.Id == id))
            .Where(p => p.LegalBasis == LegalBasis.Consent)];
    }

    public CollectionPoint Point { get; }

    /// <summary>The purposes asked separately, each with its own unticked box.</summary>
    public IReadOnlyList<Purpose> ConsentPurposes { get; }

    public FormField? FileField => Point.Fields.FirstOrDefault(f => f.Type == FieldType.File);

    public static int MaxLength(FormField field) =>
        field.MaxLength ?? (field.Type == FieldType.Textarea ? DefaultTextareaLength : DefaultTextLength);

    public FormOutcome Validate(FormSubmission submission, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var errors = new List<FormError>();
        var values = new List<VaultValue>();
        ResumeCheck? resume = null;
        foreach (var field in Point.Fields)
        {
            switch (field.Type)
            {
                case FieldType.Group:
                    ValidateGroup(field, submission, today, errors, values);
                    break;
                case FieldType.File:
                    resume = ValidateFile(field, submission.File, errors, values);
                    break;
                default:
                    if (Check(field, field.Id, submission.Value(field.Id), today, errors) is { } value)
                        values.Add(new VaultValue(field.Category!, value));
                    break;
            }
        }
        var unknown = submission.Consents.Where(c => ConsentPurposes.All(p => p.Id != c)).ToList();
        if (unknown.Count > 0) errors.Add(new FormError("consents", FormProblem.UnknownConsent));
        if (!submission.Acknowledged) errors.Add(new FormError("acknowledge", FormProblem.AcknowledgementRequired));
        var consents = ConsentPurposes.ToDictionary(p => p.Id, p => submission.Consents.Contains(p.Id), StringComparer.Ordinal);
        return errors.Count > 0 ? new FormOutcome(errors, [], consents, null) : new FormOutcome(errors, values, consents, resume);
    }

    private void ValidateGroup(FormField group, FormSubmission submission, DateOnly today, List<FormError> errors, List<VaultValue> values)
    {
        var count = submission.GroupCounts.GetValueOrDefault(group.Id);
        if (count > MaxEntries)
        {
            errors.Add(new FormError(group.Id, FormProblem.TooManyEntries, MaxEntries));
            return;
        }
        var stored = 0;
        for (var index = 0; index < count; index++)
        {
            var keys = group.Fields.ToDictionary(f => f.Id, f => FormSubmission.GroupKey(group.Id, index, f.Id));
            if (group.Fields.All(f => string.IsNullOrWhiteSpace(submission.Value(keys[f.Id])))) continue; // an empty block
            var before = errors.Count;
            var entry = new List<(FormField Field, string Value)>();
            foreach (var field in group.Fields)
            {
                if (Check(field, keys[field.Id], submission.Value(keys[field.Id]), today, errors) is { } value) entry.Add((field, value));
            }
            CheckRange(keys, entry, errors);
            if (errors.Count > before) continue;
            values.AddRange(entry.Select(e => new VaultValue(e.Field.Category!, e.Value, FormSubmission.GroupKey(group.Id, stored, e.Field.Id))));
            stored++;
        }
    }

    /// <summary>In a group, a date field named *_end may not be before its *_start.</summary>
    private static void CheckRange(Dictionary<string, string> keys, List<(FormField Field, string Value)> entry, List<FormError> errors)
    {
        var start = entry.FirstOrDefault(e => e.Field.Type == FieldType.Date && e.Field.Id.EndsWith("_start", StringComparison.Ordinal));
        var end = entry.FirstOrDefault(e => e.Field.Type == FieldType.Date && e.Field.Id.EndsWith("_end", StringComparison.Ordinal));
        if (start.Field is null || end.Field is null) return;
        if (string.CompareOrdinal(end.Value, start.Value) < 0) errors.Add(new FormError(keys[end.Field.Id], FormProblem.EndBeforeStart));
    }

    /// <summary>The value to store, or null when the field is empty or has a problem (then added to <paramref name="errors"/>).</summary>
    private string? Check(FormField field, string key, string raw, DateOnly today, List<FormError> errors)
    {
        var value = field.Type == FieldType.Textarea ? raw.Replace("\r\n", "\n", StringComparison.Ordinal).Trim() : raw.Trim();
        if (value.Length == 0)
        {
            if (field.Required) errors.Add(new FormError(key, FormProblem.Required));
            return null;
        }
        var max = field.Type switch
        {
            FieldType.Email => Math.Min(MaxLength(field), 254),
            FieldType.Telephone => Math.Min(MaxLength(field), 32),
            _ => MaxLength(field),
        };
        FormProblem? problem = value.Length > max ? FormProblem.TooLong
            : value.Any(c => char.IsControl(c) && !(field.Type == FieldType.Textarea && c is '\n' or '\t')) ? FormProblem.ControlCharacters
            : Markup().IsMatch(value) ? FormProblem.Markup
            : null;
        if (problem is { } early)
        {
            errors.Add(new FormError(key, early, early == FormProblem.TooLong ? max : 0));
            return null;
        }
        var (stored, wrong) = field.Type switch
        {
            FieldType.Email => Email(value),
            FieldType.Telephone => Telephone(value),
            FieldType.Select => field.Options.Any(o => o.Value == value) ? (value, null) : (null, FormProblem.InvalidChoice),
            FieldType.Country => Countries.Codes.Contains(value) ? (value, null) : (null, FormProblem.InvalidChoice),
            FieldType.Date => Date(field, value, today),
            FieldType.YearOrDate => YearOrDate(field, value, today),
            FieldType.Text or FieldType.Textarea => (value, (FormProblem?)null),
            _ => (null, FormProblem.InvalidChoice),
        };
        if (wrong is { } bad)
        {
            errors.Add(new FormError(key, bad, bad == FormProblem.TooYoung ? _minimumAge ?? 0 : 0));
            return null;
        }
        return stored;
    }

    // The same rules as every other form: one address with a dotted domain; a valid number, stored in E.164.
    private static (string?, FormProblem?) Email(string value) =>
        Collection.FormValidator.Email(value) is { } email ? (email, null) : (null, FormProblem.InvalidEmail);

    private static (string?, FormProblem?) Telephone(string value) =>
        Collection.FormValidator.Telephone(value) is { } e164 ? (e164, null) : (null, FormProblem.InvalidTelephone);

    private static (string?, FormProblem?) Date(FormField field, string value, DateOnly today)
    {
        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return (null, FormProblem.InvalidDate);
        if (date < Earliest) return (null, FormProblem.DateTooEarly);
        // A start lies in the past; an end may lie ahead (an expected graduation), but not far.
        if (field.Id.EndsWith("_start", StringComparison.Ordinal) && date > today) return (null, FormProblem.DateInFuture);
        if (date > today.AddYears(10)) return (null, FormProblem.DateTooFar);
        return (date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null);
    }

    private (string?, FormProblem?) YearOrDate(FormField field, string value, DateOnly today)
    {
        DateOnly latest;
        string stored;
        if (value.Length == 4 && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            if (year < Earliest.Year) return (null, FormProblem.DateTooEarly);
            if (year > today.Year) return (null, FormProblem.DateInFuture);
            latest = new DateOnly(year, 12, 31);
            stored = value;
        }
        else if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            if (date < Earliest) return (null, FormProblem.DateTooEarly);
            if (date > today) return (null, FormProblem.DateInFuture);
            latest = date;
            stored = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        else
        {
            return (null, FormProblem.InvalidYearOrDate);
        }
        // With only a year, the person is taken to be as young as that year allows.
        if (_minimumAge is { } age && field.Category == "identity.birth_date" && latest.AddYears(age) > today) return (null, FormProblem.TooYoung);
        return (stored, null);
    }

    private static ResumeCheck? ValidateFile(FormField field, UploadedFile? file, List<FormError> errors, List<VaultValue> values)
    {
        if (file is null || (file.Length == 0 && file.FileName.Length == 0))
        {
            if (field.Required) errors.Add(new FormError(field.Id, FormProblem.Required));
            return null;
        }
        var check = file.Content is null || file.Length > ResumeInspector.MaxBytes
            ? ResumeCheck.Fail(FormProblem.ResumeTooLarge)
            : ResumeInspector.Inspect(file.Content);
        if (check.Problem is { } problem)
        {
            errors.Add(new FormError(field.Id, problem, check.Limit));
            return check;
        }
        var category = field.Category!;
        values.Add(new VaultValue(category, Convert.ToBase64String(file.Content!), ResumeNames.File));
        values.Add(new VaultValue(category, check.ContentType!, ResumeNames.Type));
        values.Add(new VaultValue(category, SafeFileName(file.FileName, check.ContentType!), ResumeNames.FileName));
        values.Add(new VaultValue(category, check.Text ?? "", ResumeNames.Text));
        return check;
    }

    /// <summary>The file's own name without any path, at most 100 characters, with the extension its content has.</summary>
    private static string SafeFileName(string name, string contentType)
    {
        var bare = Path.GetFileNameWithoutExtension(name.Replace('\\', '/').Split('/')[^1]);
        bare = new string([.. bare.Where(c => !char.IsControl(c) && c is not '"' and not '<' and not '>')]).Trim();
        if (bare.Length == 0) bare = "resume";
        if (bare.Length > 90) bare = bare[..90];
        return bare + (contentType == ResumeInspector.PdfType ? ".pdf" : ".docx");
    }

    [GeneratedRegex(@"<\s*[a-zA-Z!/?]|javascript\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex Markup();
}

/// <summary>The checked form: the values to store and the consent choices, or the problems.</summary>
public sealed record FormOutcome(IReadOnlyList<FormError> Errors, IReadOnlyList<VaultValue> Values, IReadOnlyDictionary<string, bool> Consents, ResumeCheck? Resume)
{
    public bool Valid => Errors.Count == 0;
}

/// <summary>The names of a résumé's vault fields, all of category application.resume.</summary>
public static class ResumeNames
{
    public const string File = "file";
    public const string Type = "file_type";
    public const string FileName = "file_name";
    public const string Text = "text";
}
