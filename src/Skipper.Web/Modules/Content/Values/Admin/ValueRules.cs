using Skipper.Web.Modules.Content.Values.Data;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Content.Values.Admin;

/// <summary>What a value's name and place in the list must be. A refused request changes nothing.</summary>
internal static class ValueRules
{
    public const int MinSortOrder = -999;
    public const int MaxSortOrder = 999;

    /// <summary>The trimmed name, or the field error that says what is wrong with it.</summary>
    public static (string Name, FieldError? Error) CheckName(string? name)
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return (trimmed, new FieldError("name", "Values.Error.NameRequired"));
        }
        return trimmed.Length > TenantValue.MaxName
            ? (trimmed, new FieldError("name", "Values.Error.NameTooLong", TenantValue.MaxName))
            : (trimmed, null);
    }

    public static FieldError? CheckSortOrder(int? sortOrder) =>
        sortOrder is < MinSortOrder or > MaxSortOrder
            ? new FieldError("sortOrder", "Values.Error.SortOrderRange")
            : null;

    /// <summary>A name is taken when any value of the municipality has it, ignoring case; a retired one says so.</summary>
    public static Refusal? Taken(IEnumerable<TenantValue> existing, string name, Guid? except = null)
    {
        var key = TenantValue.KeyOf(name);
        var same = existing.FirstOrDefault(v => v.NameKey == key && v.Id != except);
        return same is null
            ? null
            : Refusal.Of(RefusalKind.Conflict, same.IsRetired ? "Values.Error.NameTakenRetired" : "Values.Error.NameTaken", "name");
    }
}
