namespace Skipper.Web.Platform.Tenancy;

/// <summary>The municipality the current request works in. Set once per request, read everywhere.</summary>
public interface ITenantContext
{
    Guid? TenantId { get; }
}

internal sealed class TenantContext : ITenantContext
{
    public Guid? TenantId { get; private set; }

    public void Set(Guid tenantId)
    {
        if (TenantId is { } current && current != tenantId)
        {
            throw new InvalidOperationException("The tenant of a request cannot change.");
        }
        TenantId = tenantId;
    }
}
