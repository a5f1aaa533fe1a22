using Xunit;

namespace Verwerkers.Tests.Templating;

/// <summary>The test classes that print documents with LibreOffice through one shared soffice call (<see cref="RealClientPdfs"/>).</summary>
[CollectionDefinition(Name)]
public sealed class RealClientCollection : ICollectionFixture<RealClientPdfs>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "LibreOffice real client";
}
