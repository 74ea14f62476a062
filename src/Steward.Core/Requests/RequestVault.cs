using Steward.Core.Gate;
using Steward.Core.Vault;

namespace Steward.Core.Requests;

/// <summary>Every read of personal data a request needs, through the gate for the purpose of handling
/// privacy requests (a legal obligation, so it goes on under restriction), and the case's own notes
/// (what the person wrote, a value before correction, staff's explanation), kept in the vault as
/// <c>correspondence.rights_request</c> fields named after the case, so they are erased with the person.</summary>
public sealed class RequestVault(GateService gate, VaultReader reader, VaultWriter writer)
{
    public const string Purpose = "legal.rights_requests";
    public const string NotesCategory = "correspondence.rights_request";
    public static readonly ActorRef Worker = ActorRef.Steward("requests");

    /// <summary>Every field the vault holds on the subject (for an access package); empty once erased.</summary>
    public async Task<IReadOnlyList<VaultValue>> ReadAllAsync(Guid subjectId, IReadOnlyCollection<string> categories, ActorRef actor, CancellationToken ct = default)
    {
        if (categories.Count == 0) return [];
        var outcome = await gate.DecideAsync(new DecisionRequest(actor, subjectId, [.. categories], Purpose), ct);
        if (outcome.Grant is null) return [];
        try
        {
            return await reader.ReadAsync(outcome.Grant, subjectId, cancellationToken: ct);
        }
        catch (SubjectNotFoundException)
        {
            return [];
        }
    }

    /// <summary>The subject's email on file, to send a code or a reply to; null when there is none.</summary>
    public async Task<string?> EmailAsync(Guid subjectId, CancellationToken ct = default)
    {
        var values = await ReadAsync(subjectId, ["contact.email"], ct);
        return values.FirstOrDefault(v => v.Category == "contact.email")?.Value;
    }

    public async Task<string?> NoteAsync(Guid subjectId, string reference, string key, CancellationToken ct = default)
    {
        var name = NoteName(reference, key);
        var values = await ReadAsync(subjectId, [NotesCategory], ct);
        return values.FirstOrDefault(v => v.Category == NotesCategory && v.Name == name)?.Value;
    }

    public Task PutNoteAsync(Guid subjectId, string reference, string key, string value, ActorRef actor, CancellationToken ct = default) =>
        writer.PutAsync(subjectId, [new VaultValue(NotesCategory, value, NoteName(reference, key))], actor, ct);

    private async Task<IReadOnlyList<VaultValue>> ReadAsync(Guid subjectId, string[] categories, CancellationToken ct)
    {
        var outcome = await gate.DecideAsync(new DecisionRequest(Worker, subjectId, categories, Purpose), ct);
        if (outcome.Grant is null) return [];
        try
        {
            return await reader.ReadAsync(outcome.Grant, subjectId, categories, ct);
        }
        catch (SubjectNotFoundException)
        {
            return [];
        }
    }

    public static string NoteName(string reference, string key) => $"{reference}/{key}";
}
