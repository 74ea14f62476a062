using Steward.Core.Notices;

namespace Steward.Notices;

public static class NoticeChangeServices
{
    /// <summary>Notice changes: the difference from the last version, material or not, the
    /// announcement ahead of a material change, and people's shown and accepted versions.</summary>
    public static IServiceCollection AddStewardNoticeChanges(this IServiceCollection services) => services.AddScoped<NoticeChanges>();
}
