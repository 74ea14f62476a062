namespace Steward.Core.Catalogue.Model;

/// <summary>Who is responsible for the data, and how people reach the privacy team (P11.1).</summary>
public sealed class Organisation
{
    [Required] public LocalizedText Name { get; set; } = new();
    [Required] public ContactChannel Contact { get; set; } = new();
    public List<string> Promises { get; set; } = [];
}

public sealed class ContactChannel
{
    [Required] public string Email { get; set; } = "";
    public LocalizedText? PostalAddress { get; set; }
    public string? Telephone { get; set; }
    /// <summary>Path or URL of the contact form on the sites.</summary>
    public string? WebForm { get; set; }
    /// <summary>How long the privacy team takes to reply, in days.</summary>
    public int ResponseDays { get; set; } = 30;
}

/// <summary>How notices are versioned and announced.</summary>
public sealed class NoticeSettings
{
    /// <summary>How far ahead a material change is announced (ISO 8601 duration).</summary>
    public string MaterialChangeLeadTime { get; set; } = "P30D";
}
