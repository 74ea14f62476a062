using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Steward.Core.Catalogue;
using Steward.Core.Records;
using Steward.Core.Sharing;
using Steward.Sharing;

namespace Steward.Pages.Governance;

/// <summary>The record of processing activities as a printable page, as CSV and as JSON.</summary>
[Authorize(Policy = GovernancePolicy.Name)]
public sealed class RopaModel(LoadedCatalogue catalogue, RecipientDirectory directory, TimeProvider time) : PageModel
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public ProcessingRecord Record { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Record = await BuildAsync(ct);

    public async Task<IActionResult> OnGetJsonAsync(CancellationToken ct) =>
        File(JsonSerializer.SerializeToUtf8Bytes(await BuildAsync(ct), Json), "application/json", "record-of-processing.json");

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var record = await BuildAsync(ct);
        await using var text = new StringWriter(CultureInfo.InvariantCulture);
        await using (var csv = CsvWriter.Create(text, CsvWriterOptions.Default, leaveOpen: true))
        {
            csv.WriteHeader(["controller", "purpose", "name", "legal_basis", "subject_kinds", "categories", "recipients", "transfers", "retention"]);
            foreach (var a in record.Activities)
                csv.WriteRecord([record.Controller, a.Purpose, a.Name, a.LegalBasis, string.Join("; ", a.SubjectKinds), string.Join("; ", a.Categories),
                    string.Join("; ", a.Recipients), string.Join("; ", a.Transfers), string.Join("; ", a.Retention)]);
            await csv.FlushAsync(ct);
        }
        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text.ToString())).ToArray(), "text/csv", "record-of-processing.csv");
    }

    private async Task<ProcessingRecord> BuildAsync(CancellationToken ct)
    {
        var recipients = (await directory.AllAsync(ct)).Select(r => r.Recipient).ToList();
        return ProcessingRecord.From(catalogue.Policy, recipients, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), Hosting.Localization.Current);
    }
}
