namespace Skipper.Web.Modules.Content.Values;

/// <summary>A value people can choose, as other modules see it.</summary>
public sealed record ValueItem(Guid Id, string Name);

/// <summary>
/// The municipality's values list (Exercise 1, "My plan" values). The only way other modules reach it:
/// every method works in the current request's municipality.
/// </summary>
public interface IValuesList
{
    /// <summary>The values that can be chosen now: not retired, by sort order and then Norwegian alphabetical order.</summary>
    Task<IReadOnlyList<ValueItem>> ActiveAsync();

    /// <summary>
    /// Whether the value belongs to the current municipality and can be chosen now. With includeRetired, a retired
    /// value counts too, so a choice made before it was retired stays valid.
    /// </summary>
    Task<bool> ExistsAsync(Guid id, bool includeRetired = false);

    /// <summary>
    /// Gives a new municipality the default list from Content/values-nb.txt, unless it already has values.
    /// Call it outside a request, or from a request of that same municipality: a write never crosses tenants.
    /// </summary>
    Task SeedDefaultsAsync(Guid tenantId);
}
