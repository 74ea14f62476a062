using Steward.Core.Careers;
using Steward.Core.Catalogue.Model;

namespace Steward.Careers;

/// <summary>Reads a posted collection-point form into a <see cref="FormSubmission"/>: only the names the
/// catalogue's fields give, so anything else a client adds is never even looked at.</summary>
public static class FormReader
{
    /// <summary>Beyond this many blocks of a group nothing is read (the form then reports too many).</summary>
    private const int ReadLimit = CollectionPointForm.MaxEntries + 1;

    public static async Task<FormSubmission> ReadAsync(IFormCollection form, CollectionPointForm definition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(definition);
        var submission = new FormSubmission();
        foreach (var field in definition.Point.Fields)
        {
            if (field.Type == FieldType.Group)
            {
                var count = int.TryParse(form[field.Id + "-count"].ToString(), out var n) ? Math.Clamp(n, 0, ReadLimit) : 1;
                submission.GroupCounts[field.Id] = count;
                for (var i = 0; i < count; i++)
                    foreach (var sub in field.Fields) Put(submission, form, FormSubmission.GroupKey(field.Id, i, sub.Id));
            }
            else if (field.Type == FieldType.File)
            {
                submission.File = await ReadFileAsync(form.Files.GetFile(field.Id), cancellationToken);
            }
            else
            {
                Put(submission, form, field.Id);
            }
        }
        foreach (var consent in form["consent"]) if (consent is { Length: > 0 }) submission.Consents.Add(consent);
        submission.Acknowledged = form["acknowledge"] == "yes";
        return submission;
    }

    private static void Put(FormSubmission submission, IFormCollection form, string key)
    {
        if (form.TryGetValue(key, out var values) && values.Count > 0) submission.Values[key] = values[0] ?? "";
    }

    private static async Task<UploadedFile?> ReadFileAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || (file.Length == 0 && string.IsNullOrEmpty(file.FileName))) return null;
        if (file.Length > ResumeInspector.MaxBytes) return new UploadedFile(file.FileName, file.Length, null);
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        return new UploadedFile(file.FileName, file.Length, buffer.ToArray());
    }
}
