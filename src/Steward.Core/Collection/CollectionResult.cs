namespace Steward.Core.Collection;

/// <summary>What <see cref="CollectionService.CollectAsync"/> did.</summary>
/// <param name="SubjectId">The subject the data was stored for; for a repeated post, the first post's
/// subject (empty if that post is still being stored).</param>
/// <param name="Repeated">The form was posted before with the same key: nothing new was stored.</param>
/// <param name="Juvenile">The person is below the age of consent of the site's region: stored as a
/// juvenile, whose data the gate keeps unused until a guardian consents, and no consent of theirs recorded.</param>
public sealed record CollectionResult(Guid SubjectId, bool Repeated, bool Juvenile);
