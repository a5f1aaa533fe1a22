using Xunit;

namespace Verwerkers.Web.BrowserTests.Infrastructure;

/// <summary>Every browser test shares one chromium and runs one at a time (the machine is small; each test opens its own contexts).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
