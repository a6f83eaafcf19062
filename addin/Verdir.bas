Attribute VB_Name = "Verdir"
' Verdir ribbon callbacks (see customUI14.xml): one Sub per button, each running one Python
' function of verdir.addin.buttons through xlwings' RunPython. The Python side shows every
' message. ASCII only: the French labels live in the ribbon XML.
' The "Cadre" drop-down shows the active workbook's framework, which the Python side keeps in
' cell W1 of the hidden _verdir sheet (verdir.addin.frameworks.SETTINGS_CELL).
Option Explicit

Private VerdirRibbonUI As IRibbonUI

' Must equal the version of the installed verdir package: the Python side checks it and says
' what to do when the add-in and the package are out of step.
Public Const VERDIR_ADDIN_VERSION As String = "0.1.0"

Sub VerdirClasserSelection(control As IRibbonControl)
    RunPython "import verdir.addin.buttons as b; b.classer_selection(addin_version='" & VERDIR_ADDIN_VERSION & "')"
End Sub

Sub VerdirReclasserLigne(control As IRibbonControl)
    RunPython "import verdir.addin.buttons as b; b.reclasser_ligne(addin_version='" & VERDIR_ADDIN_VERSION & "')"
End Sub

Sub VerdirEnregistrerCorrections(control As IRibbonControl)
    RunPython "import verdir.addin.buttons as b; b.enregistrer_corrections(addin_version='" & VERDIR_ADDIN_VERSION & "')"
End Sub

Sub VerdirAppliquerAuGroupe(control As IRibbonControl)
    RunPython "import verdir.addin.buttons as b; b.appliquer_au_groupe(addin_version='" & VERDIR_ADDIN_VERSION & "')"
End Sub

Sub VerdirTableauDeBord(control As IRibbonControl)
    RunPython "import verdir.addin.buttons as b; b.tableau_de_bord(addin_version='" & VERDIR_ADDIN_VERSION & "')"
End Sub

Sub VerdirGlossaire(control As IRibbonControl)
    RunPython "import verdir.addin.buttons as b; b.glossaire(addin_version='" & VERDIR_ADDIN_VERSION & "')"
End Sub

Sub VerdirService(control As IRibbonControl)
    RunPython "import verdir.addin.buttons as b; b.service(addin_version='" & VERDIR_ADDIN_VERSION & "')"
End Sub

Sub VerdirRibbonLoaded(ribbon As IRibbonUI)
    Set VerdirRibbonUI = ribbon
End Sub

Sub VerdirCadreIndex(control As IRibbonControl, ByRef index)
    Dim cadre As String
    cadre = ""
    On Error Resume Next
    cadre = LCase(Trim(CStr(ActiveWorkbook.Worksheets("_verdir").Range("W1").Value)))
    On Error GoTo 0
    If cadre = "" Or cadre = "odd" Then
        index = 0
    ElseIf cadre = "annexe-verte" Then
        index = 1
    Else
        index = 2
    End If
End Sub

Sub VerdirChoisirCadre(control As IRibbonControl, id As String, index As Integer)
    RunPython "import verdir.addin.buttons as b; b.choisir_cadre(addin_version='" & VERDIR_ADDIN_VERSION & "', index=" & index & ")"
    If Not VerdirRibbonUI Is Nothing Then VerdirRibbonUI.InvalidateControl "verdirCadre"
End Sub

Sub VerdirCadrePersonnalise(control As IRibbonControl)
    RunPython "import verdir.addin.buttons as b; b.cadre_personnalise(addin_version='" & VERDIR_ADDIN_VERSION & "')"
    If Not VerdirRibbonUI Is Nothing Then VerdirRibbonUI.InvalidateControl "verdirCadre"
End Sub
